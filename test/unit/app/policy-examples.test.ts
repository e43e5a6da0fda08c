import { expect, it } from 'vitest';
import { policySchema } from '../../../electron/core/policy/policy-schema.js';
import { parseNotice } from '../../../electron/core/notice/notice-api.js';

it("policy's example inline notice is a valid notice, so IT can start from it", () => {
  for (const [language, text] of Object.entries(policySchema.noticeText.example)) {
    const result = parseNotice(text);
    expect(language).toBe("en");
    expect(result.ok ? [] : result.errors).toEqual([]);
  }
});
