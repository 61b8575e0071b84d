"""The face engine: locating model files, detecting faces, and computing face encodings.

Nothing here knows about students, rosters or verdicts; see `desktop_app.screening` for that.
"""
