"""The `logtriage` command: main.py is its parser; one module per subcommand (classify, train and eval, rules, bench).

May import: any runtime part; no runtime part imports commands/."""
