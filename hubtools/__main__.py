from hubtools.cli.main import main

main()
