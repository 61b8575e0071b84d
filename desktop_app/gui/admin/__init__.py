"""Administration pages (Communications Director, IT): roster, channels, takedown list, audit
log, records export and settings; one page or dialog per module."""
