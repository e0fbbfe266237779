// The offline playground: GraphiQL from npm, bundled by scripts/build-web.mjs and served by the API.
// It talks only to /graphql and /playground/examples.json on its own origin. A link may bring its own
// operation (?query=...&variables=...): the explorer's "open in playground" does.
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
  const params = new URLSearchParams(window.location.search);
  const linked = params.get('query');
  const tabs = [
    ...(linked === null ? [] : [{ query: linked, variables: params.get('variables') ?? undefined }]),
    // Each example opens with the analyst's question written out above its query (its first line).
    ...examples.map((example) => ({ query: example.query })),
  ];
  createRoot(root).render(
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={tabs}
      query={linked ?? undefined}
      variables={linked === null ? undefined : (params.get('variables') ?? undefined)}
      defaultQuery={tabs[0]?.query ?? '{ search(query: "BMI") { key name type score } }'}
      shouldPersistHeaders={false}
      defaultEditorToolsVisibility={linked !== null}
    >
      <GraphiQL.Logo>
        <span className="qn-logo">
          quartiersnetz <a href="/explore/">Explorer</a>
        </span>
      </GraphiQL.Logo>
    </GraphiQL>,
  );
}

void main();
