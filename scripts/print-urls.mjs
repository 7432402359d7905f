// Printed by `npm start` before Vite's own banner: the three ways in, on the bundled data.
const port = process.argv[2] ?? '5173';
const base = `http://127.0.0.1:${port}`;
console.log(`
  Dashboard  ${base}/
  Wall       ${base}/?mode=screen
  Embed      ${base}/embed.html?chart=exit-timeline&region=421202
`);
