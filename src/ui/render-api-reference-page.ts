/**
 * The HTML of `/docs`: the OpenAPI document rendered by Redoc. No inline script or style: both
 * scripts are files. Ours comes first and carries the nonce that it stamps on every `<style>`
 * element Redoc injects (see `apiReferencePolicy` and `client/api-reference.ts`).
 */
export function renderApiReferencePage(nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>secgraph API reference</title>
<link rel="icon" href="data:,">
</head>
<body>
<div id="reference"></div>
<script src="/docs/api-reference.js" nonce="${nonce}" data-spec="/openapi.json"></script>
<script src="/docs/redoc.standalone.js"></script>
</body>
</html>
`
}
