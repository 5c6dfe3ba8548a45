export const E2E_ADMIN = {
  email: 'admin@e2e.example.org',
  password: 'e2e-admin-password',
  token: 'e2e0000000000000000000000000000000000001',
};
