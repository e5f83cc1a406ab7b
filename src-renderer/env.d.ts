/// <reference types="vite/client" />

/** Injected by the build from package.json. */
declare const __APP_VERSION__: string;

/** Injected by the build: demo-data tools (the `demo.seed` command, the settings tab) in development builds and the web harness. */
declare const __DESK_DEMO_TOOLS__: boolean;
