# MovieStack: every command a developer needs. `make run` and `make test` are the two the README promises.
SHELL := /bin/bash
.DEFAULT_GOAL := help
ROOT := $(abspath $(dir $(lastword $(MAKEFILE_LIST))))
RUN_DIR := $(ROOT)/.run
MVNW := $(ROOT)/mvnw -B -q
MOVIELENS_DIR ?= $(abspath $(ROOT)/../shared/datasets/movielens/ml-latest-small)

# The test stack runs beside a developer's `make run` stack, on its own ports and run dir.
WITH_TEST_ENV := cd $(ROOT) && set -a && source infra/test.env && STACK_DIR=$(RUN_DIR)/test-stack && set +a &&

.PHONY: help
help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-20s %s\n", $$1, $$2}'

.PHONY: build
build: ## compile and package every module (no tests)
	$(MVNW) package -DskipTests

.PHONY: run
run: build ## build, start infrastructure and all services, seed the demo, print URLs
	@start=$$(date +%s); \
	$(ROOT)/infra/stack up && \
	$(ROOT)/infra/services up && \
	echo "make run: infrastructure and services healthy in $$(( $$(date +%s) - start ))s after the build" && \
	$(MAKE) --no-print-directory seed-demo && \
	$(ROOT)/infra/print-urls

.PHONY: seed-demo
seed-demo: ## import MovieLens into the running platform once (skipped when the data is absent)
	@if [ -f $(RUN_DIR)/stack/.demo-seeded ]; then \
		echo "seed-demo: already seeded (delete $(RUN_DIR)/stack/.demo-seeded to import again)"; \
	elif [ ! -f "$(MOVIELENS_DIR)/movies.csv" ] && [ ! -f "$(MOVIELENS_DIR)/u.item" ] && [ ! -f "$(MOVIELENS_DIR)/movies.dat" ]; then \
		echo "seed-demo: no MovieLens data at $(MOVIELENS_DIR) (set MOVIELENS_DIR); skipping the demo import"; \
	else \
		$(ROOT)/tools/movielens-importer/import.sh "$(MOVIELENS_DIR)" && touch $(RUN_DIR)/stack/.demo-seeded; \
	fi

.PHONY: import-movielens
import-movielens: ## import a MovieLens directory (MOVIELENS_DIR) into the running platform
	$(ROOT)/tools/movielens-importer/import.sh "$(MOVIELENS_DIR)"

.PHONY: stop
stop: ## stop every service and all infrastructure; nothing keeps running
	-@$(ROOT)/infra/services down
	@$(ROOT)/infra/stack down

.PHONY: status
status: ## status of infrastructure and services
	-@$(ROOT)/infra/stack status
	-@$(ROOT)/infra/services status

.PHONY: logs
logs: ## last lines of every log
	-@$(ROOT)/infra/stack logs
	-@$(ROOT)/infra/services logs

.PHONY: test
test: ## every test: unit, integration (real PostgreSQL, Kafka, Elasticsearch, Keycloak, Redis) and end-to-end
	@$(ROOT)/e2e/test-all.sh

.PHONY: test-infra-up
test-infra-up: ## start the test stack (idempotent)
	@mkdir -p $(RUN_DIR)
	@$(WITH_TEST_ENV) flock -o $(RUN_DIR)/test-stack.lock infra/stack up

.PHONY: test-infra-status
test-infra-status: ## status of the test stack
	@$(WITH_TEST_ENV) infra/stack status

.PHONY: test-infra-down
test-infra-down: ## stop the test stack
	@mkdir -p $(RUN_DIR)
	@$(WITH_TEST_ENV) flock -o $(RUN_DIR)/test-stack.lock infra/stack down

.PHONY: format
format: ## apply the code formatter
	$(MVNW) spring-javaformat:apply
