// Stands in for polyfills the supported browsers do not need (scripts/bundle-aliases.ts).
export {};
