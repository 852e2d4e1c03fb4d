"""`python -m grow_cli`: the same CLI as the `grow` command, for when the script is not on PATH."""

from grow_cli.cli import main

if __name__ == "__main__":
    main()
