#!/bin/sh
# The image's augment step (deploy/Containerfile), also run by deploy/check-packaged-app.sh and bench/start.sh so that
# they start what the image holds:
#   deploy/augment.sh <quarkus-app folder> <layers folder>
# Re-augments the packaged build (made for H2) for PostgreSQL, records the class-data archive (app-cds.jsa) with this
# JVM (JAVA=... for another), and moves the result out of the folder into the image's two layers: <layers>/libraries
# (lib/main, the libraries the instance runs on) and <layers>/application (the code, lib/boot, quarkus-run.jar and the
# archive, which the JVM checks against each other by path, size and time). lib/deployment, only needed to re-augment,
# stays behind. Give it a copy of the package: it empties the folder. The layers must be put together again in the
# folder the archive was recorded in.
set -eu
[ $# -eq 2 ] || { echo "usage: deploy/augment.sh <quarkus-app folder> <layers folder>" >&2; exit 2; }
app=$1
mkdir -p "$2"
layers=$(cd "$2" && pwd)
cd "$app"
rm -f app-cds.jsa
"${JAVA:-java}" -Dquarkus.launch.rebuild=true -Dquarkus.datasource.db-kind=postgresql -Dquarkus.package.jar.appcds.enabled=true \
  -jar quarkus-run.jar
test -f app-cds.jsa || { echo "no class-data archive after the re-augmentation" >&2; exit 1; }
mkdir -p "$layers/libraries/lib" "$layers/application/lib"
mv lib/main "$layers/libraries/lib/"
mv lib/boot "$layers/application/lib/"
mv quarkus-run.jar app-cds.jsa app quarkus "$layers/application/"
# The libraries' files get one fixed time, so that the same libraries make the same layer in every build, with or
# without a builder's cache. Their times are not part of the archive's check (lib/boot's and quarkus-run.jar's are).
find "$layers/libraries" -exec touch -h -d @0 {} +
