# Coop-connect — every command a developer or CI needs. `make help` lists them.
SHELL := /bin/bash
PSQL := psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA
MVN := mvn -B -q -f backend/pom.xml
DEMO_ENV := COOPCONNECT_DEMO=true
BENCH_DB := coopconnect_bench
BENCH_JAVA := java -cp 'bench/target/classes:bench/target/lib/*'

.PHONY: help db run test backend-test openapi build clean frontend-deps frontend-build frontend-test e2e chaos bench-build bench-data bench

help: ## List the commands
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

db: ## Start the local PostgreSQL if it is down, create the coopconnect and coopconnect_test databases
	@pg_isready -q -h 127.0.0.1 -p 5432 || pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start
	@for i in $$(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
	@for db in coopconnect coopconnect_test $(EXTRA_DBS); do \
	  [ "$$($(PSQL) -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$$db'")" = 1 ] \
	    || { $(PSQL) -d postgres -c "CREATE DATABASE $$db" && echo "created database $$db"; }; \
	  $(PSQL) -d $$db -c "CREATE EXTENSION IF NOT EXISTS btree_gist" >/dev/null; \
	done

build: ## Build the backend (tests skipped)
	$(MVN) package -DskipTests

run: db build frontend-build ## Run the API (http://localhost:8080) with the demo territory, and the web app (http://localhost:5173)
	@echo "Starting: API http://localhost:8080/api/v1 (OpenAPI at /q/swagger-ui), web app http://localhost:5173 — Ctrl-C stops both"
	@cd backend && COOPCONNECT_DEMO=true java -jar target/quarkus-app/quarkus-run.jar & api=$$!; \
	  trap 'kill $$api 2>/dev/null; wait $$api 2>/dev/null' EXIT INT TERM; \
	  cd frontend && BACKEND_URL=http://localhost:8080 PORT=5173 node scripts/serve.mjs

test: db backend-test frontend-test e2e chaos ## Run every test

backend-test: ## Backend unit, property and REST tests against PostgreSQL
	mvn -B -f backend/pom.xml verify

chaos: db build ## Reliability: two replicas, database outage, hostile input, authorisation, shutdown (figures in bench/results/reliability.json)
	rm -f bench/results/reliability.json
	mvn -B -f backend/pom.xml -Pchaos test

frontend-deps: ## Install the frontend's locked npm dependencies
	cd frontend && npm ci --no-audit --no-fund

frontend-build: frontend-deps ## Generate the API types from openapi.yaml and build the SPA into frontend/dist
	cd frontend && npm run -s gen:api && npm run -s build && npm run -s size

frontend-test: frontend-deps ## Frontend unit tests (Vitest), type check and build; prints the gzipped initial JS
	cd frontend && npm run -s gen:api && npm test && npm run -s build && npm run -s size

e2e: db build frontend-build ## Browser journeys in headless Chromium against the real API (E2E_DB, default coopconnect_e2e)
	cd frontend && node e2e/run.mjs

openapi: db ## Rewrite openapi.yaml from the running code
	$(MVN) test -Dtest=OpenApiContractTest -Dcoopconnect.openapi.write=true -Dsurefire.failIfNoSpecifiedTests=false

bench-build: ## Build the benchmark and data generator (bench/, a separate Maven project)
	mvn -B -q -f bench/pom.xml package

bench-data: ## Load the national-scale data set into coopconnect_bench with COPY (ARGS="--venues 2000 --bookings 1000000")
	@$(MAKE) -s db EXTRA_DBS=$(BENCH_DB)
	@[ -f backend/target/quarkus-app/quarkus-run.jar ] || $(MAKE) -s build
	@$(MAKE) -s bench-build
	$(BENCH_JAVA) fr.coopconnect.bench.AppProcess --db $(BENCH_DB)
	$(BENCH_JAVA) fr.coopconnect.bench.DataGen --db $(BENCH_DB) $(ARGS)

bench: ## Benchmark the backend jar on coopconnect_bench (make bench-data first); writes bench/results/latest.json
	@$(MAKE) -s db EXTRA_DBS=$(BENCH_DB)
	@$(MAKE) -s build bench-build
	$(BENCH_JAVA) fr.coopconnect.bench.Bench --db $(BENCH_DB) --commit $$(git rev-parse --short HEAD) $(ARGS)

clean: ## Remove build outputs
	$(MVN) clean
