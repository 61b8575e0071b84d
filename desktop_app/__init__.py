"""ClearPost: screen school photos and posts against the opt-out roster."""
__version__ = "0.1.0"
