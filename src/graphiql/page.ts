/** Where the page's files are served; outside /graphql so Apollo never sees these requests. */
export const ASSET_PATH = '/graphiql';

/**
 * The page: GraphiQL's prebuilt bundle on React's UMD builds, every file from this server.
 * Nothing inline, so the page's CSP can say `script-src 'self'`.
 */
export const GRAPHIQL_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Work Services API · GraphiQL</title>
  <link rel="stylesheet" href="${ASSET_PATH}/graphiql.min.css">
  <link rel="stylesheet" href="${ASSET_PATH}/page.css">
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="${ASSET_PATH}/react.production.min.js"></script>
  <script src="${ASSET_PATH}/react-dom.production.min.js"></script>
  <script src="${ASSET_PATH}/graphiql.min.js"></script>
  <script src="${ASSET_PATH}/start.js"></script>
</body>
</html>
`;

export const PAGE_CSS = 'html, body, #graphiql { height: 100%; margin: 0; }\n';

/**
 * Mounts GraphiQL. `?token=` (from `npm run token -- --url`) becomes the Authorization header in
 * the headers panel and is then dropped from the address bar, so it is not left in the history
 * or a screenshot; GraphiQL does not persist headers, so it is not stored either.
 */
export const START_SCRIPT = `(function () {
  var params = new URLSearchParams(window.location.search);
  var token = params.get('token');
  if (token) window.history.replaceState(null, '', window.location.pathname);
  var props = {
    fetcher: GraphiQL.createFetcher({ url: window.location.pathname }),
    defaultQuery: '# A token from \`npm run token -- --role CASE_MANAGER --url\` fills the headers panel below.\\n{\\n  me {\\n    name\\n    role\\n  }\\n}\\n',
    defaultEditorToolsVisibility: token ? 'headers' : true,
    shouldPersistHeaders: false
  };
  if (token) props.headers = JSON.stringify({ Authorization: 'Bearer ' + token }, null, 2);
  if (params.get('query')) props.query = params.get('query');
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props));
})();
`;
