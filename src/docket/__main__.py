from docket.cli.main import main

raise SystemExit(main())
