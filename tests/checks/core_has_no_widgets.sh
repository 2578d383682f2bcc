#!/usr/bin/env bash
# No file in app/ includes a widget or chart header, and localforge_core links neither.
set -euo pipefail
root=$1
hits=$(grep -rnE '#include *[<"](QtWidgets|QtCharts|QtGui/|QWidget|QMainWindow|QDialog|QLabel|QPushButton|QApplication|QChart|QAbstractButton|QLayout|QBoxLayout|QComboBox|QTextEdit|QTextBrowser|QStyle|QPainter)' "$root/app" || true)
if [ -n "$hits" ]; then
    echo "FAIL: app/ includes widget or chart headers:"; echo "$hits"; exit 1
fi
if grep -qE 'Qt6::(Widgets|Charts|Gui)' "$root/app/CMakeLists.txt"; then
    echo "FAIL: localforge_core links Qt Widgets, Charts or Gui"; exit 1
fi
echo "PASS: app/ has no widget or chart dependency"
