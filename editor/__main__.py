"""`python -m editor` runs the command line."""

from editor.cli import main

raise SystemExit(main())
