// Stands in for @types/node in the web-only projects (tsconfig.shared.json, tsconfig.renderer.json).
// papaparse's and node-forge's typings say `/// <reference types="node" />` for their Node
// stream/Buffer overloads, which would otherwise pull every Node global (process, Buffer,
// require) into code that runs in a page or worker. With this empty library found first
// (typeRoots), those overloads lose their Node types (skipLibCheck), and `process` stays an error.
export {};
