// The auth pages' text.
// Each entry: [Simplified Chinese, English].
export default {
  title: ['Cradle 母婴连锁 · 总部控制台', 'Cradle Mother & Baby Stores · HQ Console'],
  username: ['用户名', 'Username'],
  enterYourUsername: ['请输入用户名', 'Enter your username'],
  password: ['密码', 'Password'],
  enterYourPassword: ['请输入密码', 'Enter your password'],
  signIn: ['登录', 'Sign in'],
  needsMfa: ['您的账号需要绑定动态验证码', 'Your account needs an authenticator app'],
  addKey: ['请在身份验证器应用（如 Microsoft Authenticator、Google Authenticator）中添加以下密钥，然后输入其显示的 6 位验证码。', 'Add this key to an authenticator app (such as Microsoft Authenticator or Google Authenticator), then enter the 6-digit code it shows.'],
  key: ['密钥：', 'Key: '],
  twoStep: ['该账号已开启两步验证，请输入身份验证器上的 6 位动态验证码。', 'This account uses two-step verification: enter the 6-digit code from your authenticator app.'],
  otp: ['动态验证码', 'Verification code'],
  sixDigits: ['6 位数字', '6 digits'],
  verify: ['验证并登录', 'Verify and sign in'],
  back: ['返回重新登录', 'Back to sign in'],
  failed: ['登录失败', 'Sign-in failed'],
  needBoth: ['请输入用户名和密码', 'Enter your username and password'],
  needOtp: ['请输入 6 位数字验证码', 'Enter the 6-digit code'],
}
