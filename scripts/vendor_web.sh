#!/usr/bin/env bash
# Install the map page's front-end libraries from the npm registry (pinned in web/package-lock.json)
# and copy the files the page and the API's /docs load into src/eventwire/web/static/vendor/.
# Usage: scripts/vendor_web.sh          (scripts/setup.sh runs it when npm is installed)
# Re-running is cheap: nothing happens while web/package*.json and this script are unchanged.
# Fails (non-zero, with a message) when npm is missing or `npm ci` fails.
set -euo pipefail
cd "$(dirname "$0")/.."

vendor=src/eventwire/web/static/vendor
stamp="$vendor/.stamp"
want=$(cat web/package.json web/package-lock.json web/.npmrc "$0" | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    exit 0
fi
command -v npm >/dev/null || {
    echo "vendor_web.sh: npm not found; install Node.js and npm (Debian: apt-get install npm)" >&2
    exit 1
}
echo "installing the map page's libraries from npm (web/package-lock.json)..." >&2
(cd web && npm ci --no-progress --loglevel=error) || {
    echo "vendor_web.sh: 'npm ci' failed in web/ (see above)" >&2
    exit 1
}

# package/file-in-package -> vendor/dir: only what index.html and /docs load, with each licence.
copies=(
    "leaflet/dist/leaflet.js leaflet"
    "leaflet/dist/leaflet.css leaflet"
    "leaflet/LICENSE leaflet"
    "leaflet.markercluster/dist/leaflet.markercluster.js leaflet.markercluster"
    "leaflet.markercluster/dist/MarkerCluster.css leaflet.markercluster"
    "leaflet.markercluster/dist/MarkerCluster.Default.css leaflet.markercluster"
    "leaflet.markercluster/MIT-LICENCE.txt leaflet.markercluster"
    "topojson-client/dist/topojson-client.min.js topojson-client"
    "topojson-client/LICENSE topojson-client"
    "world-atlas/countries-50m.json world-atlas"
    "world-atlas/LICENSE world-atlas"
    "swagger-ui-dist/swagger-ui-bundle.js swagger-ui"
    "swagger-ui-dist/swagger-ui.css swagger-ui"
    "swagger-ui-dist/favicon-32x32.png swagger-ui"
    "swagger-ui-dist/LICENSE swagger-ui"
)
rm -rf "$vendor"
for entry in "${copies[@]}"; do
    read -r file dir <<<"$entry"
    mkdir -p "$vendor/$dir"
    cp "web/node_modules/$file" "$vendor/$dir/"
done
echo "$want" > "$stamp"
echo "copied ${#copies[@]} files into $vendor" >&2
