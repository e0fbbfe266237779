// The offline playground: GraphiQL from npm, bundled by scripts/build-web.mjs and served by the API.
// It talks only to /graphql and /playground/examples.json on its own origin.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { createRoot } from 'react-dom/client';

interface ExampleQuery {
  name: string;
  question: string;
  query: string;
}

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.origin).toString() });

async function main(): Promise<void> {
  const response = await fetch('/playground/examples.json');
  const examples = (response.ok ? await response.json() : []) as ExampleQuery[];
  const root = document.getElementById('graphiql');
  if (root === null) return;
  createRoot(root).render(
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={examples.map((example) => ({ query: example.query }))}
      defaultQuery={examples[0]?.query ?? '{ search(query: "BMI") { key name type score } }'}
      shouldPersistHeaders={false}
      defaultEditorToolsVisibility={false}
    />,
  );
}

void main();
