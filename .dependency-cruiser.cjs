// Architecture rules of src/, checked by `npm run lint` (dependency-cruiser, `npm run lint:architecture`).
//
// The folders of src/ form layers, lowest first. A folder may import folders of lower layers only:
// never a folder of its own layer or above, type-only imports included. That rules out folder cycles
// (the analytics <-> api cycle through the request context was one) and keeps the composition root
// (app/) and the entry points (server/, cli/) the only places that see every feature.
const LAYERS = [
  ['model', 'errors', 'generated'],
  ['shared'],
  ['case-study'],
  ['config'],
  ['db'],
  ['graph', 'import', 'api', 'analytics'],
  ['export', 'draft', 'generate'],
  ['app'],
  ['server'],
  ['cli', 'tools'],
];

const layerRules = LAYERS.flatMap((layer, index) =>
  layer.map((folder) => {
    const notBelow = LAYERS.slice(index)
      .flat()
      .filter((other) => other !== folder);
    return {
      name: `layers-${folder}`,
      severity: 'error',
      comment: `src/${folder}/ may import only folders of lower layers (.dependency-cruiser.cjs), not ${notBelow.join(', ')}.`,
      from: { path: `^src/${folder}/` },
      to: { path: `^src/(${notBelow.join('|')})/` },
    };
  }),
);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-file-cycles',
      severity: 'error',
      comment: 'This module is part of an import cycle.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'every-folder-has-a-layer',
      severity: 'error',
      comment: 'A new folder of src/ needs its place in LAYERS (.dependency-cruiser.cjs).',
      from: { path: '^src/' },
      to: { path: `^src/(?!(${LAYERS.flat().join('|')})/)[^/]+/` },
    },
    {
      name: 'every-folder-has-a-layer-too',
      severity: 'error',
      comment: 'A new folder of src/ needs its place in LAYERS (.dependency-cruiser.cjs).',
      from: { path: `^src/(?!(${LAYERS.flat().join('|')})/)[^/]+/` },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
