import { describe, expect, it } from "vitest";
import { NO_RETRY_REFILL, RETRY_COST, RetryBudget, TIMEOUT_RETRY_COST } from "../src/index.js";

describe("RetryBudget", () => {
  it("allows retries until the tokens run out", () => {
    const budget = new RetryBudget(12);
    expect(budget.tryWithdraw(RETRY_COST)).toBe(true);
    expect(budget.tryWithdraw(RETRY_COST)).toBe(true);
    expect(budget.tokens).toBe(2);
    expect(budget.tryWithdraw(RETRY_COST)).toBe(false);
    expect(budget.tokens).toBe(2);
  });

  it("charges more for a retry after a timeout", () => {
    const budget = new RetryBudget(TIMEOUT_RETRY_COST + RETRY_COST - 1);
    expect(budget.tryWithdraw(TIMEOUT_RETRY_COST)).toBe(true);
    expect(budget.tryWithdraw(RETRY_COST)).toBe(false);
  });

  it("refills on success, never above capacity", () => {
    const budget = new RetryBudget(10);
    budget.tryWithdraw(RETRY_COST);
    budget.refill(NO_RETRY_REFILL);
    expect(budget.tokens).toBe(6);
    budget.refill(100);
    expect(budget.tokens).toBe(10);
  });

  it("allows a retry that takes the last tokens", () => {
    const budget = new RetryBudget(RETRY_COST);
    expect(budget.tryWithdraw(RETRY_COST)).toBe(true);
    expect(budget.tokens).toBe(0);
    expect(budget.tryWithdraw(1)).toBe(false);
  });

  it("with no capacity never allows a retry", () => {
    expect(new RetryBudget(0).tryWithdraw(RETRY_COST)).toBe(false);
  });
});
