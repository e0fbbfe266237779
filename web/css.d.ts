declare module '*.css';
declare module 'cytoscape-svg';
