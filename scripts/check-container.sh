#!/bin/sh
# Builds and runs the Dockerfile with podman where no container registry is reachable (the
# development sandbox): node:20-slim is replaced by a local stand-in made with debootstrap and the
# host's Node 20. Not part of `npm test`: needs root, podman, runc, debootstrap and ~1 GB of disk.
# Usage (repository root): sudo scripts/check-container.sh   (docs/operations.md#container-image-and-replicas)
set -eu
PORT=${PORT:-38123}
# vfs + chroot: no overlay or user namespaces here; runc + cgroupfs: crun refuses the host's hybrid
# cgroups; file events: no journald.
P="podman --storage-driver vfs --cgroup-manager cgroupfs --events-backend file --runtime runc"

if ! $P image exists docker.io/library/node:20-slim; then
  rootfs=$(mktemp -d)
  debootstrap --variant=minbase bookworm "$rootfs" http://deb.debian.org/debian
  # Same layout as the official image: node and npm under /usr/local, user `node` (uid 1000).
  mkdir -p "$rootfs/usr/local/lib/node_modules" "$rootfs/usr/local/bin"
  cp "$(command -v node)" "$rootfs/usr/local/bin/node"
  cp -a "$(npm root -g)/npm" "$rootfs/usr/local/lib/node_modules/"
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"
  chroot "$rootfs" groupadd --gid 1000 node
  chroot "$rootfs" useradd --uid 1000 --gid node --shell /bin/bash --create-home node
  rm -rf "$rootfs/var/lib/apt/lists/"* "$rootfs/var/cache/apt/"*.bin
  tar -C "$rootfs" -c . | $P import --change 'CMD ["node"]' \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    - docker.io/library/node:20-slim
  rm -rf "$rootfs"
fi

# The sandbox intercepts TLS with its own CA: npm gets the host bundle through bind mounts, which
# stay out of the image layers.
npmrc=$(mktemp)
echo 'cafile=/etc/ssl/certs/ca-certificates.crt' >"$npmrc"
time $P build --isolation chroot --pull=never --network host \
  -v /etc/ssl/certs/ca-certificates.crt:/etc/ssl/certs/ca-certificates.crt:ro \
  -v "$npmrc:/usr/local/etc/npmrc:ro" -t secgraph .
rm -f "$npmrc"
$P images --format '{{.Repository}}:{{.Tag}} {{.Size}}' localhost/secgraph

# The sandbox forbids raising rlimits, so they are set below the host's.
$P rm -f secgraph-check >/dev/null 2>&1 || true
$P run -d --name secgraph-check --network host -e PORT="$PORT" \
  --ulimit nofile=1024:1024 --ulimit nproc=1024:1024 localhost/secgraph
trap '$P rm -f secgraph-check >/dev/null' EXIT
i=0
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/readyz")" = 200 ]; do
  i=$((i + 1)); [ $i -lt 120 ] || { $P logs secgraph-check; exit 1; }; sleep 0.5
done
curl -sf "http://127.0.0.1:$PORT/v1/controls?owner=customer" |
  node -e 'let s="";process.stdin.on("data",(d)=>(s+=d)).on("end",()=>{const n=JSON.parse(s).total;console.log(`customer controls: ${n}`);process.exit(n>0?0:1)})'
uid=$($P exec secgraph-check id -u)
echo "uid in container: $uid"; [ "$uid" != 0 ]
$P stop -t 10 secgraph-check >/dev/null
echo "exit code after SIGTERM: $($P inspect secgraph-check --format '{{.State.ExitCode}}')"
