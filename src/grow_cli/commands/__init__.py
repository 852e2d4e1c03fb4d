"""One thin module per command group: parse options, call the use cases (grow_cli.app), choose a
view (grow_cli.ui.views). They never import each other; the options they share live in
grow_cli.options."""
