#!/usr/bin/env bash
# Regenerates the images of docs/gallery.md: runs the commands the gallery shows, from the root of
# a clone, and copies their PNG charts here. Run it after changing a chart, then look at them.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=out/gallery
rm -rf "$out"
dotnet build -c Release src/CorridorSim.Cli -v quiet -nologo
corridorsim() { dotnet src/CorridorSim.Cli/bin/Release/net10.0/corridorsim.dll "$@"; }
corridorsim run --out "$out/baseline" --quiet >/dev/null
corridorsim compare scenarios/baseline-2024.json scenarios/caspian-storm-winter.json --out "$out/compare" --quiet >/dev/null
corridorsim capacity --out "$out/capacity" --quiet >/dev/null
corridorsim sweep scenarios/sweeps/feeder-fleet-demand.json --out "$out/sweep" --quiet >/dev/null
corridorsim sweep scenarios/sweeps/morris-screening.json --out "$out/morris" --quiet >/dev/null
corridorsim invest scenarios/sweeps/corridor-investments.json --out "$out/invest" --quiet >/dev/null
dest=docs/gallery
rm -f "$dest"/*.png
for chart in "$out"/baseline/charts/*.png; do cp "$chart" "$dest/baseline-$(basename "$chart")"; done
cp "$out"/compare/charts/difference-2.png "$dest/compare-difference-2.png"
cp "$out"/compare/2-caspian-storm-winter/charts/throughput-weekly.png "$dest/compare-throughput-weekly.png"
for chart in "$out"/capacity/charts/*.png; do cp "$chart" "$dest/capacity-$(basename "$chart")"; done
for chart in sweep-chinaAzerbaijanTeu sweep-heatmap sweep-tornado; do cp "$out/sweep/charts/$chart.png" "$dest/$chart.png"; done
cp "$out/morris/charts/sweep-morris.png" "$dest/sweep-morris.png"
for chart in invest-transitReductionDays invest-throughputGainTeuPerYearPerMillionUsd; do cp "$out/invest/charts/$chart.png" "$dest/$chart.png"; done
ls -l "$dest"
