# The articles whose record and text summary are kept as golden files
# (sourced by scripts/update-golden.sh and tests/e2e/golden.sh), paths
# from the source folder.
golden_articles=( examples/*.txt tests/articles/*.txt tests/fixtures/sample.txt )
