// Vite's `?raw` imports (a file's text), used to show example code in the docs.
declare module '*?raw' {
  const text: string;
  export default text;
}
