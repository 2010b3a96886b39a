from govhr_desktop.app import main

raise SystemExit(main())
