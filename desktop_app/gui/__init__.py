"""The ClearPost desktop app (PySide6). Start it with ``gui.app.run_gui``.

This package's own import is free of Qt so worker processes can import ``gui.workers``;
every widget module imports PySide6 itself. Widgets call services and show their results;
they never hold a database session or ORM objects.
"""
