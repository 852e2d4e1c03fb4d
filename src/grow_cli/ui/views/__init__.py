"""What each command shows on a terminal: rich tables, charts and Markdown, built here and
nowhere else. Views take domain objects or JSON-ready data and print through ui.output."""
