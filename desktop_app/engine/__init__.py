"""The face engine: locating and checking model files, detecting faces, judging their quality,
and computing SFace features.

Nothing here knows about students, rosters or verdicts; see `desktop_app.screening` for that.
"""
