# Thabat: `make run` starts the app, `make test` runs the whole suite headless.
# Both create the virtual environment and compile translations on their own.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)
SOURCES = $(shell find app ui -name '*.py' -not -path '*/__pycache__/*')

.PHONY: run test bench translations update-translations demo screenshots icons package clean

run: $(STAMP) translations
	$(VENV)/bin/thabat

# Instants are stored in UTC and dates shown local: the suite runs in UTC, then the tests marked
# time_zones (tests/conftest.py) run again at UTC+14, where the two dates differ most of the day.
SECOND_TZ ?= Pacific/Kiritimati

test: $(TEST_STAMP) translations
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/lint-imports --no-cache
	TZ=UTC QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)
	TZ=$(SECOND_TZ) QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m time_zones $(PYTEST_ARGS)

# The "ready" figures need Xvfb and xdotool (Debian: xvfb xdotool); without them they say so.
bench: $(TEST_STAMP) translations
	@command -v Xvfb >/dev/null && command -v xdotool >/dev/null || echo "make bench: install xvfb and xdotool for the ready figures"
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

# `make run` installs the app alone; `make test` and `make bench` add the test tools.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e .
	touch $(STAMP)

$(TEST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(TEST_STAMP)

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from tr() calls in the code; then translate what is new (Qt Linguist or by hand).
update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none $(SOURCES) -target-language ar -ts resources/translations/thabat_ar.ts
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none -pluralonly -target-language en $(SOURCES) -ts resources/translations/thabat_en.ts

demo: $(STAMP)
	$(VENV)/bin/thabat demo

# README and AppStream screenshots, from a demo journal, offscreen: packaging/screenshots/*.png
screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) packaging/screenshots.py

# Re-render the committed PNG icons after changing resources/icons/thabat.svg.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_icons.py

# One-folder PyInstaller build in dist/thabat/, then a smoke run of the built program.
package: $(STAMP) translations
	$(PY) -c "import PyInstaller" 2>/dev/null || $(PY) -m pip install --quiet --disable-pip-version-check 'pyinstaller>=6.10'
	rm -rf build/smoke-data
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/thabat.spec
	dist/thabat/thabat --version
	QT_QPA_PLATFORM=offscreen THABAT_QUIT_AFTER_START=1 THABAT_DATA_DIR=build/smoke-data dist/thabat/thabat --lang ar
	du -sh dist/thabat

clean:
	rm -rf $(VENV) build dist *.egg-info resources/translations/*.qm
