#!/usr/bin/python3
"""Checks that an HTML report does not overflow horizontally at phone and desktop widths, in headless Chromium.

usage: check_overflow.py REPORT.html OUTDIR [CHROMIUM]
The report is loaded in a same-origin iframe (srcdoc) exactly WIDTH px wide, so its layout viewport is WIDTH whatever
the minimum window size of headless Chromium (about 500 px). A script then compares, inside the iframe, the
document's scrollWidth with its clientWidth and lists elements whose right edge passes the viewport. Prints one line
per width ("375 ok" / "375 DEBORDE ...") and writes OUTDIR/rapport-WIDTH.png screenshots. Exit 0 when nothing overflows.
"""
import html
import os
import re
import subprocess
import sys

WIDTHS = (375, 1280)
PROBE = """
<script>
window.addEventListener('load', function () {
  var f = document.getElementById('r'), d = f.contentDocument, vw = d.documentElement.clientWidth, bad = [];
  d.querySelectorAll('body *').forEach(function (e) {
    var r = e.getBoundingClientRect();
    if (r.right > vw + 0.5) bad.push(e.tagName + '@' + Math.round(r.right));
  });
  f.style.height = d.documentElement.scrollHeight + 'px';
  var out = document.createElement('pre'); out.id = 'resultat';
  out.textContent = 'ENTSYNC-OVERFLOW viewport=' + vw + ' scrollWidth=' + d.documentElement.scrollWidth + ' offenders=' + bad.length + ' ' + bad.slice(0, 5).join(',');
  document.body.appendChild(out);
});
</script>"""


def wrapper(report, width):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">'
            f'<iframe id="r" style="width:{width}px;height:3000px;border:0;display:block" srcdoc="{html.escape(report, quote=True)}"></iframe>'
            + PROBE + '</body></html>')


def main():
    report_path, outdir = sys.argv[1], sys.argv[2]
    chromium = sys.argv[3] if len(sys.argv) > 3 else "/usr/bin/chromium"
    os.makedirs(outdir, exist_ok=True)
    report = open(report_path, encoding="utf-8").read()
    failed = False
    for width in WIDTHS:
        page = os.path.join(outdir, f"cadre-{width}.html")
        with open(page, "w", encoding="utf-8") as f:
            f.write(wrapper(report, width))
        common = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", f"--user-data-dir={outdir}/profil-{width}",
                  f"--window-size={width + 40},2600", "--virtual-time-budget=3000"]
        dom = subprocess.run(common + ["--dump-dom", "file://" + page], capture_output=True, text=True, timeout=120).stdout
        subprocess.run(common + [f"--screenshot={outdir}/rapport-{width}.png", "file://" + page], capture_output=True, timeout=120)
        m = re.search(r"ENTSYNC-OVERFLOW viewport=(\d+) scrollWidth=(\d+) offenders=(\d+)([^<]*)", dom)
        if not m:
            print(f"{width} RESULTAT-ABSENT")
            failed = True
            continue
        viewport, scroll, offenders = int(m.group(1)), int(m.group(2)), int(m.group(3))
        ok = viewport == width and scroll <= viewport and offenders == 0
        failed |= not ok
        print(f"{width} {'ok' if ok else 'DEBORDE'} viewport={viewport} scrollWidth={scroll} offenders={offenders}{m.group(4).rstrip()}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
