"""The API's /docs page, served with Swagger UI from local files only.

FastAPI's own /docs loads Swagger UI from a CDN and starts it with an inline
script; both break offline and under the Content-Security-Policy (no inline
scripts, no other hosts). This page loads the copy the install step puts in
``static/vendor/swagger-ui`` (npm's ``swagger-ui-dist``) and starts it from a
script file; without that copy it says where the API description is.
"""

from __future__ import annotations

__all__ = ["DOCS_HTML", "DOCS_INIT_JS", "DOCS_INIT_PATH", "SWAGGER_DIR"]

SWAGGER_DIR = "/vendor/swagger-ui"
DOCS_INIT_PATH = "/docs/init.js"

DOCS_HTML = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>eventwire API</title>
<link rel="stylesheet" href="{SWAGGER_DIR}/swagger-ui.css">
<link rel="icon" type="image/png" href="{SWAGGER_DIR}/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="{SWAGGER_DIR}/swagger-ui-bundle.js"></script>
<script src="{DOCS_INIT_PATH}"></script>
</body>
</html>
"""

DOCS_INIT_JS = """"use strict";
// Starts Swagger UI on /openapi.json (a file, not an inline script: the CSP forbids those).
(function () {
  var root = document.getElementById("swagger-ui");
  if (typeof window.SwaggerUIBundle !== "function") {
    root.textContent = "Swagger UI is not installed (scripts/setup.sh copies it into " +
      "static/vendor from npm). The API description is at /openapi.json.";
    return;
  }
  // validatorUrl null: Swagger UI would otherwise fetch a badge from its public
  // validator when the page is served on a host other than localhost.
  window.ui = window.SwaggerUIBundle({
    url: "/openapi.json", dom_id: "#swagger-ui", validatorUrl: null
  });
})();
"""
