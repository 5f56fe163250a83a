/**
 * An init script: a phone has an on-device voice for every language; headless Chromium has none, and
 * the exhibit pages read by the device would then hide their player. Nothing is spoken.
 */
export function deviceVoices() {
  const voices = ['vi-VN', 'en-US', 'zh-CN', 'ko-KR', 'ja-JP', 'fr-FR'].map((lang) => ({
    lang,
    localService: true,
    name: lang,
    voiceURI: lang,
    default: false,
  }));
  Object.defineProperty(window, 'speechSynthesis', {
    value: { getVoices: () => voices, speak() {}, cancel() {}, addEventListener() {} },
  });
}
