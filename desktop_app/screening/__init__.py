"""Photo screening: faces against the opt-out roster, with verdicts that fail closed."""

from .results import FaceResult, ImageResult, Verdict, ImageVerdict  # noqa: F401
from .templates import TemplateSet  # noqa: F401
