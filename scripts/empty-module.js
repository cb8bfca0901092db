// Stands in for polyfills the supported browsers do not need (scripts/no-polyfills.ts).
export {};
