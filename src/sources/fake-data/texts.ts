/** What fake people write: last messages of conversations and agents' notes, by language. */

/** Last messages, customer's or agent's, by BCP 47 language; English is the fallback. */
export const MESSAGES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'Hi, is my order shipped yet?',
    'Thanks, that solved it!',
    'Can I change the delivery address?',
    'We have sent you the invoice by email.',
    'What are your opening hours on Saturday?',
    'The payment failed twice, can you check?',
    'Sure, I will wait for the courier 👍',
    'Could you send me the price list?',
    'Your refund has been processed.',
    'I would like to cancel my subscription.',
    'Is the blue one still in stock?',
    'Great, see you tomorrow at 10.',
    'Sorry for the delay, we are checking with the warehouse.',
    'ok',
  ],
  uk: [
    'Добрий день! Коли буде доставка?',
    'Дякую, все працює 🙏',
    'Чи можна змінити адресу доставки?',
    'Надіслали рахунок вам на пошту.',
    'Підкажіть, будь ласка, ціну на оптову партію',
    'Оплата не проходить, що робити?',
    'Чекаю на дзвінок',
    'Замовлення вже у відділенні Нової пошти.',
    'А є такий самий, але синій?',
    'Добре, домовились',
  ],
  ru: [
    'Здравствуйте, когда будет доставка?',
    'Спасибо, всё получил',
    'Можно оплатить картой при получении?',
    'Отправили вам счёт на почту.',
    'Подскажите, пожалуйста, сроки',
    'Ок, жду',
  ],
  es: [
    'Hola, ¿ya enviaron mi pedido?',
    '¡Muchas gracias! 😊',
    '¿Puedo cambiar la dirección de entrega?',
    'Le enviamos la factura por correo.',
    '¿A qué hora abren el sábado?',
    'El pago no pasa, ¿me ayudan?',
    'Perfecto, quedo atento.',
  ],
  pt: [
    'Oi, meu pedido já foi enviado?',
    'Obrigada, deu certo!',
    'Posso trocar o endereço de entrega?',
    'Enviamos o boleto por e-mail.',
    'Vocês aceitam Pix?',
    'Beleza, fico no aguardo 👍',
  ],
  de: [
    'Hallo, wurde meine Bestellung schon verschickt?',
    'Vielen Dank, hat geklappt!',
    'Kann ich die Lieferadresse ändern?',
    'Wir haben Ihnen die Rechnung per E-Mail geschickt.',
    'Die Zahlung ist fehlgeschlagen.',
  ],
  fr: [
    'Bonjour, ma commande est-elle partie ?',
    'Merci beaucoup, c’est réglé !',
    'Puis-je changer l’adresse de livraison ?',
    'Nous vous avons envoyé la facture par e-mail.',
  ],
  pl: ['Dzień dobry, kiedy będzie wysyłka?', 'Dziękuję, działa!', 'Czy mogę zmienić adres dostawy?', 'Płatność nie przechodzi.'],
  tr: ['Merhaba, siparişim kargoya verildi mi?', 'Çok teşekkürler!', 'Teslimat adresini değiştirebilir miyim?', 'Ödeme geçmiyor.'],
  ar: [
    'مرحبا، متى يصل طلبي؟',
    'شكرا جزيلا 🌹',
    'هل يمكنني تغيير عنوان التوصيل؟',
    'أرسلنا لك الفاتورة على البريد الإلكتروني.',
    'كم سعر التوصيل إلى جدة؟',
  ],
  zh: ['你好，我的订单发货了吗？', '谢谢，问题解决了！', '可以修改收货地址吗？', '发票已经发到您的邮箱。', '好的，收到'],
  ja: ['こんにちは、注文はもう発送されましたか？', 'ありがとうございます！', '配送先を変更できますか？', '請求書をメールでお送りしました。'],
  ko: ['안녕하세요, 주문이 발송되었나요?', '감사합니다!', '배송지를 변경할 수 있나요?'],
  hi: ['नमस्ते, मेरा ऑर्डर कब आएगा?', 'धन्यवाद!', 'क्या मैं पता बदल सकता हूँ?'],
  el: ['Γεια σας, στάλθηκε η παραγγελία μου;', 'Ευχαριστώ πολύ!'],
  he: ['שלום, מתי ההזמנה שלי תגיע?', 'תודה רבה!', 'אפשר לשנות את כתובת המשלוח?'],
  th: ['สวัสดีครับ สินค้าส่งหรือยังครับ', 'ขอบคุณมากค่ะ'],
  id: ['Halo, pesanan saya sudah dikirim?', 'Terima kasih banyak!', 'Bisa ganti alamat pengiriman?'],
};

/** Call summaries for the phone channel. */
export const CALL_PREVIEWS: Readonly<Record<string, readonly string[]>> = {
  en: ['Missed call', 'Incoming call, 3 min', 'Outgoing call, 1 min', 'Voicemail, 0:42'],
  uk: ['Пропущений дзвінок', 'Вхідний дзвінок, 3 хв', 'Вихідний дзвінок, 1 хв'],
  ru: ['Пропущенный звонок', 'Входящий звонок, 2 мин'],
  es: ['Llamada perdida', 'Llamada entrante, 3 min'],
  pt: ['Chamada perdida', 'Chamada recebida, 2 min'],
  de: ['Verpasster Anruf', 'Eingehender Anruf, 4 Min.'],
};

/** Rare messages that must stay text: markup, links, very long lines. */
export const RISKY_MESSAGES: readonly string[] = [
  '<script>alert("hi")</script>',
  '<img src=x onerror=alert(1)> is this shown?',
  'Track it here: https://shop.example.com/track?id=48213&ref=<b>x</b>',
  'See https://example.com/orders/1042 and javascript:alert(1)',
  'Pay here: https://pay.example.com/i/9f3b2c',
  'Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!!!',
];

/** Agents' notes by language; English is the fallback. */
export const NOTES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'Prefers to be contacted after 6 pm.',
    'Asked for a discount on the annual plan; offered 10%.',
    'Called about a damaged parcel, replacement sent.',
    'Wants invoices addressed to the company, not to him personally.',
    'VIP: owner of three stores, orders every month.',
    'Do not call, messages only.',
    'Interested in wholesale prices, follow up next week.',
    'Complained about the courier; escalated to logistics.',
    'Paid by bank transfer, reference in the CRM.',
    'Same person as the WhatsApp contact? Check before merging.',
    'Birthday next month: send the promo code.',
    'Speaks only a little English, prefers voice messages.',
    'Follow-up:\n1. send the contract\n2. confirm the delivery date',
    'Wrote <b>in capitals</b> and used "quotes" & ampersands.',
  ],
  uk: [
    'Просить телефонувати лише після 18:00.',
    'Хоче оптові ціни, передзвонити в понеділок.',
    'Посилка пошкоджена, відправили заміну.',
    'Постійна клієнтка, знижка 5%.',
    'Рахунок виставляти на ФОП.',
  ],
  ru: ['Просит не звонить, только сообщения.', 'Интересуется оптом, перезвонить.'],
  es: ['Prefiere que lo contacten por WhatsApp.', 'Pidió factura a nombre de la empresa.', 'Cliente frecuente, ofrecer envío gratis.'],
  pt: ['Prefere contato pelo WhatsApp.', 'Pediu nota fiscal em nome da empresa.', 'Cliente fiel, oferecer frete grátis.'],
  de: ['Bitte nur per E-Mail kontaktieren.', 'Rechnung an die Firma, nicht privat.'],
  tr: ['Sadece mesaj ile iletişim istiyor.', 'Toptan fiyat sordu, haftaya dönülecek.'],
};

/** Emoji people put into their profile names. */
export const NAME_EMOJI: readonly string[] = ['🌸', '🔥', '❤️', '🇺🇦', '⚽', '😊', '👩‍💻', '🚀', '🌻', '💼', '🐱', '✨', '🇧🇷', '🙏'];

/** Names that must stay text wherever they are shown. */
export const MARKUP_NAMES: readonly (readonly [name: string, firstName?: string, lastName?: string])[] = [
  ['<b>Bold</b> Customer', '<b>Bold</b>', 'Customer'],
  ['<script>alert("xss")</script>'],
  ['<img src=x onerror=alert(1)>'],
  ['Tom & Jerry Ltd'],
  ['"The Boss" Johnson', '"The Boss"', 'Johnson'],
  ["Siobhán O'Brien & Sons", 'Siobhán', "O'Brien & Sons"],
  ["Robert'); DROP TABLE contacts;--", "Robert');", 'DROP TABLE contacts;--'],
  ['&lt;not a tag&gt; &amp; entity'],
  ['{{constructor.constructor("alert(1)")()}}'],
  ['${7*7} Template', '${7*7}', 'Template'],
  ['Z̷a̶l̸g̵o̴ T̷e̶s̸t̵', 'Z̷a̶l̸g̵o̴', 'T̷e̶s̸t̵'],
  ['Ali \u202Eevil\u202C Hassan', 'Ali', '\u202Eevil\u202C Hassan'],
  ['Zero\u200Bwidth\u200BName'],
  ['javascript:alert(1)'],
];

/** Very long names (all under the 255 characters a name may have). */
export const LONG_NAMES: readonly (readonly [name: string, firstName: string, lastName: string])[] = [
  [
    'Pablo Diego José Francisco de Paula Juan Nepomuceno María de los Remedios Cipriano de la Santísima Trinidad Ruiz y Picasso',
    'Pablo Diego José Francisco de Paula Juan Nepomuceno María de los Remedios Cipriano de la Santísima Trinidad',
    'Ruiz y Picasso',
  ],
  ['Hubert Blaine Wolfeschlegelsteinhausenbergerdorff Sr.', 'Hubert Blaine', 'Wolfeschlegelsteinhausenbergerdorff Sr.'],
  ['Maria da Conceição Albuquerque de Bragança e Vasconcelos Pereira Lima', 'Maria da Conceição', 'Albuquerque de Bragança e Vasconcelos Pereira Lima'],
  ['Олександра-Вікторія Новохатько-Вишневецька-Запорожець', 'Олександра-Вікторія', 'Новохатько-Вишневецька-Запорожець'],
  ['محمد بن عبد الله بن عبد العزيز بن عبد الرحمن آل سعود', 'محمد', 'بن عبد الله بن عبد العزيز بن عبد الرحمن آل سعود'],
  ['Accounts Payable Department — International Freight Forwarding & Logistics Solutions (EMEA Region, Head Office)', 'Accounts Payable Department', '— International Freight Forwarding & Logistics Solutions (EMEA Region, Head Office)'],
  ['Anna-Katharina Sophie Charlotte von Hohenzollern-Sigmaringen zu Wittgenstein-Berleburg', 'Anna-Katharina Sophie Charlotte', 'von Hohenzollern-Sigmaringen zu Wittgenstein-Berleburg'],
  ['Supercalifragilisticexpialidociousandevenlongerwithoutanyspacesatalltobreakthelayout', 'Supercalifragilisticexpialidociousandevenlongerwithoutanyspacesatalltobreakthelayout', ''],
];

/** What people call themselves on a messenger when not by their name. */
export const NICKNAMES: readonly string[] = ['Mom', 'Boss', 'Sasha', 'Mike', 'Kate', 'Dr. Lee', 'Gosia', 'Вова', 'Ксюша', 'Lulu', 'ゆうこ', 'Abu Omar'];

/** Random e-mail handles for people who do not use their name. */
export const HANDLE_WORDS: readonly (readonly string[])[] = [
  ['sunny', 'blue', 'happy', 'cool', 'silver', 'lucky', 'wild', 'quiet', 'brave', 'little', 'dark', 'golden', 'crazy', 'super', 'smart', 'red'],
  ['fox', 'wolf', 'cat', 'star', 'rider', 'coder', 'panda', 'tiger', 'bird', 'moon', 'rose', 'ninja', 'pixel', 'wave', 'bear', 'shop'],
];
