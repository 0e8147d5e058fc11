test('test database server is known', () => { expect(process.env.TEST_PG_ADMIN_URL).toMatch(/^postgres:/); });
