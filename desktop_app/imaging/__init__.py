"""Reading photos into pixels (orientation, formats, frames) and writing redacted copies."""
