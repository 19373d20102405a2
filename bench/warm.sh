# Sourced by compare.sh, ab.sh and cpu-per-request.sh (issue 15): warm a build until its JIT compiler is quiet.
#
# On a 2-core machine HotSpot's C2 compiler was still compiling the site page's hot methods (1-3 s of CPU each)
# after 80 s of load, taking a quarter of the JVM's CPU inside the measured seconds: figures then compared how far
# each build had got with compiling, not what it costs once warm (eighth session, docs/performance.md). The builds
# are measured once their compiler threads have used at most JIT_QUIET_TICKS (default 20, i.e. 0.2 s of CPU, 2 %)
# in a 10 s round of the same load, or after JIT_MAX (default 300) seconds of such rounds, whichever comes first.

# CPU ticks (1/100 s) used so far by the JVM's compiler threads ("C1 CompilerThre", "C2 CompilerThre").
jit_ticks() {
  local t
  for t in /proc/"$1"/task/*; do
    if grep -q 'CompilerThre' "$t/comm" 2>/dev/null; then sed 's/.*) //' "$t/stat" 2>/dev/null | awk '{ print $12 + $13 }' || true; fi
  done | awk '{ s += $1 } END { print s + 0 }'
}

# warm_until_jit_quiet PID WRK-ARGUMENTS... : prints the seconds of load it took and the last round's ticks.
warm_until_jit_quiet() {
  local pid=$1 waited=0 c0 c1 used=0; shift
  while [ "$waited" -lt "${JIT_MAX:-300}" ]; do
    c0=$(jit_ticks "$pid"); wrk -t2 -d10s "$@" >/dev/null; c1=$(jit_ticks "$pid")
    waited=$((waited + 10)); used=$((c1 - c0))
    [ "$used" -le "${JIT_QUIET_TICKS:-20}" ] && break
  done
  echo "jit_warm_s=$waited jit_last_ticks=$used"
}
