/**
 * What the print bundle (scripts/lib/bundled.cjs) changes of its sources,
 * as esbuild plugins: each file keeps its own `import.meta` paths and has
 * the packages it resolves by name resolved once, pdf-lib
 * is bundled though loaded with require(), and work two dependencies do as
 * they load, which a command never needs, is put off until first use.
 */
'use strict';
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join, sep } = require('node:path');
const { pathToFileURL } = require('node:url');

/**
 * src/print/cjs-modules.ts loads pdf-lib with require() so that Node skips
 * scanning it for exports; esbuild leaves such a require to run time. In
 * the bundle it becomes a plain import, and pdf-lib is bundled too (with
 * the one pako it and we share).
 * @type {import('esbuild').Plugin}
 */
const requireAsImport = {
  name: 'cjs-modules-as-imports',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]print[\\/]cjs-modules\.ts$/ }, () => ({
      contents: "import * as pdfLib from 'pdf-lib';\nimport pako from 'pako';\nexport { pdfLib, pako };\n",
      loader: 'ts',
      resolveDir: join(__dirname, '..', '..', 'src', 'print'),
    }));
  },
};

/**
 * Work two dependencies do as they load and a command never needs, put off
 * in the bundle until first use (together ~15 ms of a cold run):
 * - gray-matter loads js-yaml (which loads esprima) for its default YAML
 *   engine; src/core/load/markdown-source.ts gives it our own.
 * - pdf-lib's standard fonts inflate their character encodings, which only
 *   the 14 standard PDF fonts use; the print edition embeds its own fonts.
 * - pdf-lib's PNG decoder (upng) builds its inflate tables; the print
 *   edition has no images.
 * Each is a few exact replacements in the dependency's text. Should an
 * update change that text, the file is bundled as it is (and the test in
 * tests/build/bundled-command.test.ts says so).
 */
const DEFERRED = [
  {
    name: 'gray-matter: js-yaml',
    file: /[\\/]gray-matter[\\/]lib[\\/]engines\.js$/,
    replace: [
      ["const yaml = require('js-yaml');", "let jsYaml;\nconst yaml = () => (jsYaml ??= require('js-yaml'));"],
      ['parse: yaml.safeLoad.bind(yaml),', 'parse: (...args) => yaml().safeLoad(...args),'],
      ['stringify: yaml.safeDump.bind(yaml)', 'stringify: (...args) => yaml().safeDump(...args)'],
    ],
  },
  {
    name: 'pdf-lib: PNG decoder',
    file: /[\\/]@pdf-lib[\\/]upng[\\/]UPNG\.js$/,
    replace: [
      ["import pako from 'pako';\n\nvar UPNG = {};", "import pako from 'pako';\n\nvar UPNG;\nfunction makeUPNG() {\nUPNG = {};"],
      [
        '\nexport default UPNG;',
        '\nreturn UPNG;\n}\nexport default new Proxy({}, { get: function (_, key) { return (UPNG || makeUPNG())[key]; } });',
      ],
    ],
  },
  {
    name: 'pdf-lib: standard font encodings',
    file: /[\\/]@pdf-lib[\\/]standard-fonts[\\/]es[\\/]Encoding\.js$/,
    replace: [
      [
        'var decompressedEncodings = decompressJson(AllEncodingsCompressed);\nvar allUnicodeMappings = JSON.parse(decompressedEncodings);',
        'var allUnicodeMappings;\nvar mappings = function () { return allUnicodeMappings || (allUnicodeMappings = JSON.parse(decompressJson(AllEncodingsCompressed))); };',
      ],
      [
        "export var Encodings = {\n    Symbol: new Encoding('Symbol', allUnicodeMappings.symbol),\n    ZapfDingbats: new Encoding('ZapfDingbats', allUnicodeMappings.zapfdingbats),\n    WinAnsi: new Encoding('WinAnsi', allUnicodeMappings.win1252),\n};",
        "var made = {};\nvar lazy = function (name, key) { return { enumerable: true, get: function () { return made[name] || (made[name] = new Encoding(name, mappings()[key])); } }; };\n" +
          "export var Encodings = Object.defineProperties({}, { Symbol: lazy('Symbol', 'symbol'), ZapfDingbats: lazy('ZapfDingbats', 'zapfdingbats'), WinAnsi: lazy('WinAnsi', 'win1252') });",
      ],
    ],
  },
];

/**
 * @param {string[]} applied Gets the name of each deferral made.
 * @returns {import('esbuild').Plugin}
 */
function deferLoading(applied) {
  return {
    name: 'defer-loading',
    setup(b) {
      for (const { name, file, replace } of DEFERRED) {
        b.onLoad({ filter: file }, ({ path }) => {
          const source = readFileSync(path, 'utf8');
          if (!replace.every(([from]) => source.includes(from))) return undefined;
          applied.push(name);
          return { contents: replace.reduce((text, [from, to]) => text.replace(from, to), source), loader: 'js' };
        });
      }
    },
  };
}

/**
 * Paths our files find at run time, fixed when the bundle is made:
 * - In a bundle, `import.meta.url` would be the bundle's own place. Our
 *   files use it to find things beside them (the Typst template), so each
 *   keeps its own: the `import.meta` paths become string literals. (A
 *   CommonJS bundle has no `import.meta` at all.)
 * - `require.resolve('<literal name>')` (font packages, harfbuzz's wasm)
 *   becomes the path it resolves to now: resolving on every run cost a cold
 *   run ~4 ms (Node reads package.json files and loads its ES module
 *   resolver for a package's `exports`). Each resolved file goes into the
 *   bundle's inputs, and a package manager's install record covers
 *   node_modules (bundled.cjs), so the bundle is made again when a package
 *   moves. A name that does not resolve now is left to fail at run time.
 * @param {string[]} resolved Gets each file resolved.
 * @returns {import('esbuild').Plugin}
 */
function ownPaths(resolved) {
  return {
    name: 'own-paths',
    setup(b) {
      b.onLoad({ filter: /\.[cm]?[jt]s$/ }, ({ path }) => {
        if (path.includes(`${sep}node_modules${sep}`)) return undefined;
        const source = readFileSync(path, 'utf8');
        if (!source.includes('import.meta') && !source.includes('require.resolve(')) return undefined;
        const contents = source
          .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href))
          .replaceAll('import.meta.dirname', JSON.stringify(dirname(path)))
          .replaceAll('import.meta.filename', JSON.stringify(path))
          // Never the main module in a bundle: the launcher calls main().
          .replaceAll('import.meta.main', 'false')
          .replace(/\brequire\.resolve\((['"])([^'"`$]+)\1\)/g, (call, _quote, name) => {
            try {
              const file = createRequire(path).resolve(name);
              resolved.push(file);
              return JSON.stringify(file);
            } catch {
              return call;
            }
          });
        return { contents, loader: /\.[cm]?ts$/.test(path) ? 'ts' : 'js' };
      });
    },
  };
}

/**
 * The plugins, in order; `deferred` gets the name of each DEFERRED load put
 * off, `resolved` each file a `require.resolve` was fixed to.
 * @param {string[]} deferred
 * @param {string[]} [resolved]
 * @returns {import('esbuild').Plugin[]}
 */
function bundlePlugins(deferred, resolved = []) {
  return [requireAsImport, deferLoading(deferred), ownPaths(resolved)];
}

module.exports = { bundlePlugins };
