"""The composer: where an author writes a post (one panel per module).

``page`` ties the panels together and saves the draft through DraftService; ``channels`` and
``questions`` are the post's channels and the procedure's four questions; ``text_editor`` is the
text with live findings, character counts and the preview; ``photos`` the photo strip that
screens in the background; ``photo_dialog`` one photo with its face boxes; ``submit_dialog``
what submitting will do and what still blocks.
"""
