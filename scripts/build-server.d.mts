// Running the script bundles the server; it exports nothing.
export {};
