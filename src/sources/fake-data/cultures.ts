/**
 * Who the fake customers are: name pools by language and script, where they live (which decides
 * their phone numbers), their e-mail providers and their favourite messengers.
 *
 * Shares (percent of contacts, before the odd names of `quirks.ts`): Latin 55, Cyrillic 20,
 * Arabic 10, CJK 10, other scripts 2; the remaining 3 are odd names.
 */
import type { Channel } from '../../model/channels.js';
import { weightedTable, type WeightedTable } from './random.js';
import { asciiLetters, romanizeRussian, romanizeUkrainian } from './romanize.js';

export type Script = 'latin' | 'cyrillic' | 'arabic' | 'cjk' | 'other';

/** A name part and its ASCII form for e-mail addresses and handles (`Олена` → `olena`). */
export interface NamePart {
  readonly text: string;
  readonly ascii: string;
}

export interface Culture {
  /** Position in CULTURES. */
  readonly index: number;
  readonly key: string;
  /** BCP 47. */
  readonly language: string;
  readonly script: Script;
  readonly regions: WeightedTable<string>;
  readonly male: readonly NamePart[];
  readonly female: readonly NamePart[];
  /** Surnames, and the same surnames in their feminine form (the same where the language has none). */
  readonly surnames: readonly NamePart[];
  readonly femaleSurnames: readonly NamePart[];
  /** Family name first, and written without a space (`王伟`). */
  readonly familyFirst: boolean;
  /** Of family-first names, the share written with a space (`佐藤 花子`). */
  readonly spacedShare: number;
  /** Share of people with two surnames (`María García López`). */
  readonly doubleSurnameShare: number;
  /** Share of people known by one name only (common in Indonesia). */
  readonly singleNameShare: number;
  readonly emailDomains: WeightedTable<string>;
  /** Where this culture's contacts first wrote from. */
  readonly sourceChannels: WeightedTable<Channel>;
}

interface CultureSpec {
  readonly key: string;
  readonly language: string;
  readonly script: Script;
  readonly weight: number;
  readonly regions: string;
  /** `, `-separated; `native:ascii` where the ASCII form is not derivable from the text. */
  readonly male: string;
  readonly female: string;
  readonly surnames: string;
  readonly feminine?: (surname: string) => string;
  readonly romanize?: (text: string) => string;
  readonly familyFirst?: boolean;
  readonly spacedShare?: number;
  readonly doubleSurnameShare?: number;
  readonly singleNameShare?: number;
  /** Local providers as `domain weight`, on top of the global ones. */
  readonly emailDomains?: string;
  readonly channelBoost?: Partial<Record<Channel, number>>;
}

/** Where contacts first write from, over everyone; cultures scale these (`channelBoost`). */
const SOURCE_CHANNEL_WEIGHTS: Readonly<Record<Channel, number>> = {
  whatsapp: 32,
  email: 19,
  telegram: 11,
  webchat: 10,
  phone: 8,
  instagram: 6,
  facebook: 5,
  viber: 4,
  sms: 3,
  line: 2,
};

const GLOBAL_EMAIL_DOMAINS = 'gmail.com 48, yahoo.com 7, outlook.com 8, hotmail.com 7, icloud.com 6, proton.me 2';

const ukrainianFeminine = (surname: string) =>
  surname.replace(/ський$/, 'ська').replace(/цький$/, 'цька').replace(/(ов|ев|ін)$/, '$1а');
const russianFeminine = (surname: string) =>
  surname.replace(/ский$/, 'ская').replace(/цкий$/, 'цкая').replace(/(ов|ев|ёв|ин|ын)$/, '$1а');
const polishFeminine = (surname: string) => surname.replace(/([sc]|dz)ki$/, '$1ka');

const SPECS: readonly CultureSpec[] = [
  {
    key: 'en',
    language: 'en',
    script: 'latin',
    weight: 16,
    regions: 'US 64, GB 26, CA 7, AE 3',
    male: 'James, John, Michael, David, William, Daniel, Matthew, Christopher, Andrew, Joshua, Ryan, Ethan, Noah, Liam, Oliver, Harry, Jack, George, Thomas, Samuel, Benjamin, Lucas, Henry, Jacob',
    female: 'Mary, Jennifer, Emily, Sarah, Jessica, Ashley, Emma, Olivia, Sophia, Charlotte, Amelia, Grace, Chloe, Hannah, Megan, Lauren, Isabella, Ava, Mia, Evelyn, Abigail, Madison, Zoë, Rebecca',
    surnames: "Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Taylor, Anderson, Thomas, Moore, Jackson, White, Harris, Clark, Lewis, Walker, Hall, Young, Wright, Evans, Roberts, Hughes, O'Connor, Murphy, Kelly, Campbell, Nguyen, Kim, Patel, Garcia, Cooper, Bennett, Reed, Brooks, McAllister, Fitzgerald",
    emailDomains: 'comcast.net 3, yahoo.co.uk 3, btinternet.com 2, aol.com 2',
    channelBoost: { whatsapp: 0.45, sms: 3, phone: 1.6, email: 1.3, telegram: 0.3, viber: 0.1, line: 0.2 },
  },
  {
    key: 'es',
    language: 'es',
    script: 'latin',
    weight: 10,
    regions: 'MX 55, ES 35, US 10',
    male: 'José, Juan, Carlos, Luis, Miguel, Javier, Alejandro, Diego, Pablo, Sergio, Jorge, Fernando, Andrés, Raúl, Manuel, Antonio',
    female: 'María, Carmen, Lucía, Ana, Sofía, Valentina, Isabel, Laura, Paula, Elena, Daniela, Camila, Guadalupe, Ximena, Mariana, Rocío',
    surnames: 'García, Rodríguez, Martínez, López, González, Hernández, Pérez, Sánchez, Ramírez, Torres, Flores, Rivera, Gómez, Díaz, Moreno, Jiménez, Ruiz, Álvarez, Romero, Navarro, Castillo, Vázquez, Ortega, Muñoz, Mendoza, Cruz',
    doubleSurnameShare: 0.4,
    emailDomains: 'yahoo.es 4, hotmail.es 5, prodigy.net.mx 2, telefonica.net 1',
    channelBoost: { whatsapp: 1.7, telegram: 0.35, viber: 0.1, line: 0.1, sms: 0.6 },
  },
  {
    key: 'pt',
    language: 'pt',
    script: 'latin',
    weight: 8,
    regions: 'BR 92, PT 8',
    male: 'João, Pedro, Lucas, Gabriel, Mateus, Rafael, Thiago, Bruno, Felipe, Gustavo, Leonardo, Vinícius, Rodrigo, André',
    female: 'Ana, Maria, Beatriz, Juliana, Fernanda, Camila, Larissa, Letícia, Mariana, Gabriela, Júlia, Vitória, Luíza, Patrícia',
    surnames: 'Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes, Costa, Ribeiro, Martins, Carvalho, Araújo, Barbosa, Rocha, Nascimento, Conceição, da Silva, dos Santos, de Souza, Magalhães',
    doubleSurnameShare: 0.35,
    emailDomains: 'uol.com.br 6, bol.com.br 5, terra.com.br 2, sapo.pt 1',
    channelBoost: { whatsapp: 2, telegram: 0.4, viber: 0.1, line: 0.1, instagram: 1.4 },
  },
  {
    key: 'de',
    language: 'de',
    script: 'latin',
    weight: 5,
    regions: 'DE 100',
    male: 'Lukas, Maximilian, Jonas, Felix, Leon, Paul, Thomas, Michael, Stefan, Andreas, Jürgen, Klaus, Tobias, Florian',
    female: 'Anna, Lena, Laura, Julia, Lea, Sophie, Katharina, Sabine, Petra, Jana, Ursula, Monika, Hannah, Lina',
    surnames: 'Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Zimmermann, Krüger, Weiß, Groß, Lehmann, Köhler',
    emailDomains: 'web.de 12, gmx.de 12, t-online.de 7, gmx.net 4',
    channelBoost: { email: 1.6, telegram: 0.6, viber: 0.2, line: 0.1, sms: 0.5 },
  },
  {
    key: 'fr',
    language: 'fr',
    script: 'latin',
    weight: 4,
    regions: 'FR 88, CA 12',
    male: 'Lucas, Hugo, Louis, Gabriel, Arthur, Jules, Nicolas, Pierre, Julien, Antoine, François, Mathis, Théo, Rémi',
    female: 'Camille, Léa, Manon, Chloé, Inès, Jade, Élodie, Céline, Amélie, Sophie, Émilie, Zoé, Margaux, Anaïs',
    surnames: 'Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefèvre, Michel, Fontaine, Rousseau, Lefebvre, Girard, Bonnet, Mercier, Garnier, Chevalier',
    emailDomains: 'orange.fr 9, free.fr 7, laposte.net 3, sfr.fr 3',
    channelBoost: { email: 1.4, telegram: 0.5, viber: 0.1, line: 0.1 },
  },
  {
    key: 'pl',
    language: 'pl',
    script: 'latin',
    weight: 3,
    regions: 'PL 92, DE 5, GB 3',
    male: 'Jakub, Kacper, Szymon, Filip, Mateusz, Piotr, Krzysztof, Tomasz, Łukasz, Paweł, Michał, Wojciech',
    female: 'Zuzanna, Julia, Maja, Zofia, Anna, Katarzyna, Małgorzata, Agnieszka, Magdalena, Aleksandra, Joanna, Ewa',
    surnames: 'Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Krawczyk, Zawadzki, Wróbel, Sadowski',
    feminine: polishFeminine,
    emailDomains: 'wp.pl 11, onet.pl 9, o2.pl 5, interia.pl 5',
    channelBoost: { whatsapp: 0.8, telegram: 0.5, viber: 0.6, line: 0.1 },
  },
  {
    key: 'tr',
    language: 'tr',
    script: 'latin',
    weight: 4,
    regions: 'TR 90, DE 10',
    male: 'Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Emre, Burak, Murat, Yusuf, Can, Eren, Oğuz',
    female: 'Ayşe, Fatma, Emine, Zeynep, Elif, Merve, Büşra, Esra, Özlem, Selin, Defne, Gül',
    surnames: 'Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt',
    emailDomains: 'hotmail.com 8, yandex.com.tr 2, mynet.com 3',
    channelBoost: { whatsapp: 1.8, telegram: 0.5, viber: 0.2, line: 0.1, instagram: 1.5 },
  },
  {
    key: 'en-in',
    language: 'en',
    script: 'latin',
    weight: 2,
    regions: 'IN 85, AE 10, GB 5',
    male: 'Rahul, Amit, Arjun, Vikram, Rohan, Sanjay, Aditya, Karan, Suresh, Rajesh',
    female: 'Priya, Ananya, Pooja, Neha, Divya, Kavya, Sneha, Isha, Lakshmi, Deepika',
    surnames: 'Sharma, Patel, Singh, Kumar, Gupta, Reddy, Iyer, Nair, Das, Mehta, Joshi, Rao, Chatterjee, Menon',
    emailDomains: 'yahoo.co.in 7, rediffmail.com 5',
    channelBoost: { whatsapp: 2.2, telegram: 0.5, viber: 0.1, line: 0.1 },
  },
  {
    key: 'en-ng',
    language: 'en',
    script: 'latin',
    weight: 1.5,
    regions: 'NG 90, GB 10',
    male: 'Chinedu, Emeka, Oluwaseun, Adebayo, Ibrahim, Tunde, Chukwuemeka, Babajide, Uchenna, Segun',
    female: 'Ngozi, Chiamaka, Funmilayo, Aisha, Adaeze, Yetunde, Amaka, Folake, Zainab, Blessing',
    surnames: 'Okafor, Adeyemi, Okonkwo, Balogun, Eze, Nwosu, Ibrahim, Abubakar, Olawale, Adebayo, Obi, Nnamdi, Bello, Okeke',
    emailDomains: 'yahoo.com 10',
    channelBoost: { whatsapp: 2.2, telegram: 0.4, viber: 0.1, line: 0.1 },
  },
  {
    key: 'id',
    language: 'id',
    script: 'latin',
    weight: 1.5,
    regions: 'ID 100',
    male: 'Budi, Agus, Andi, Rizky, Dimas, Eko, Fajar, Hendra, Joko, Wahyu',
    female: 'Siti, Dewi, Sri, Putri, Ayu, Rina, Indah, Nur, Wulan, Fitri',
    surnames: 'Santoso, Wijaya, Saputra, Hidayat, Pratama, Kusuma, Nugroho, Setiawan, Halim, Gunawan, Susanto',
    singleNameShare: 0.25,
    emailDomains: 'yahoo.co.id 8',
    channelBoost: { whatsapp: 2, telegram: 0.6, viber: 0.1, line: 2, instagram: 1.5 },
  },
  {
    key: 'uk',
    language: 'uk',
    script: 'cyrillic',
    weight: 13,
    regions: 'UA 88, PL 7, DE 5',
    male: 'Олександр, Андрій, Дмитро, Сергій, Максим, Іван, Богдан, Тарас, Володимир, Юрій, Микола, Олег, Євген, Ярослав, Віталій, Назар',
    female: 'Олена, Оксана, Наталія, Тетяна, Ірина, Юлія, Анна, Марія, Катерина, Софія, Вікторія, Ольга, Анастасія, Ганна, Дарина, Соломія',
    surnames: 'Шевченко, Коваленко, Бондаренко, Ткаченко, Кравченко, Олійник, Шевчук, Поліщук, Коваль, Бойко, Мельник, Ковальчук, Савченко, Руденко, Марченко, Петренко, Лисенко, Мороз, Клименко, Павленко, Кравчук, Гончаренко, Левченко, Литвиненко, Гнатюк, Білик, Зінченко, Грищенко, Яковенко, Ковальський, Вишневський, Лозинський, Стельмах, Козак, Білоус, Данилюк, Іваненко, Семенюк, Захарченко, Гриценко',
    feminine: ukrainianFeminine,
    romanize: romanizeUkrainian,
    emailDomains: 'ukr.net 22, i.ua 6, meta.ua 3',
    channelBoost: { telegram: 2.6, viber: 3.5, whatsapp: 0.6, facebook: 0.6, sms: 0.5, line: 0.05, instagram: 0.8 },
  },
  {
    key: 'ru',
    language: 'ru',
    script: 'cyrillic',
    weight: 7,
    regions: 'RU 55, UA 40, DE 5',
    male: 'Александр, Дмитрий, Максим, Сергей, Андрей, Алексей, Иван, Михаил, Никита, Артём, Евгений, Владимир',
    female: 'Анастасия, Мария, Анна, Екатерина, Ольга, Татьяна, Наталья, Елена, Дарья, Ирина, Светлана, Юлия',
    surnames: 'Иванов, Смирнов, Кузнецов, Попов, Васильев, Петров, Соколов, Михайлов, Новиков, Фёдоров, Морозов, Волков, Алексеев, Лебедев, Семёнов, Егоров, Павлов, Козлов, Степанов, Николаев, Орлов, Андреев, Макаров, Захаров, Зайцев, Соловьёв, Белов, Медведев, Никитин, Ильин, Гусев, Титов, Кузьмин, Григорьев, Романов, Воробьёв, Виноградов, Богданов, Жуков, Яковлев, Тарасов, Крылов, Полянский, Высоцкий',
    feminine: russianFeminine,
    romanize: romanizeRussian,
    emailDomains: 'yandex.ru 16, mail.ru 16, rambler.ru 3, ukr.net 4',
    channelBoost: { telegram: 3, viber: 2, whatsapp: 0.7, facebook: 0.3, instagram: 0.7, line: 0.05 },
  },
  {
    key: 'ar',
    language: 'ar',
    script: 'arabic',
    weight: 10,
    regions: 'SA 40, EG 35, AE 25',
    male: 'محمد:mohammed, أحمد:ahmed, عبدالله:abdullah, خالد:khaled, عمر:omar, علي:ali, يوسف:youssef, إبراهيم:ibrahim, حسن:hassan, سعد:saad, فهد:fahad, مصطفى:mostafa, طارق:tarek, كريم:karim, سلطان:sultan, ماجد:majed',
    female: 'فاطمة:fatima, عائشة:aisha, مريم:mariam, نورة:noura, سارة:sara, ليلى:layla, هند:hind, ريم:reem, منى:mona, ياسمين:yasmin, دينا:dina, أمل:amal, لطيفة:latifa, حنان:hanan',
    surnames: 'العتيبي:alotaibi, الحربي:alharbi, القحطاني:alqahtani, الشمري:alshammari, الدوسري:aldosari, الغامدي:alghamdi, الزهراني:alzahrani, المطيري:almutairi, السيد:elsayed, عبد الرحمن:abdelrahman, حسن:hassan, محمود:mahmoud, إبراهيم:ibrahim, منصور:mansour, الهاشمي:alhashimi, النعيمي:alnuaimi, المنصوري:almansoori, الكعبي:alkaabi, سليمان:soliman, عثمان:osman, فؤاد:fouad, الشامسي:alshamsi',
    emailDomains: 'hotmail.com 10, yahoo.com 6',
    channelBoost: { whatsapp: 1.8, telegram: 0.5, viber: 0.2, line: 0.05, instagram: 1.6, sms: 0.6 },
  },
  {
    key: 'zh',
    language: 'zh',
    script: 'cjk',
    weight: 6,
    regions: 'CN 95, US 5',
    male: '伟:wei, 强:qiang, 磊:lei, 军:jun, 洋:yang, 勇:yong, 杰:jie, 涛:tao, 明:ming, 超:chao, 刚:gang, 浩然:haoran, 宇轩:yuxuan, 子豪:zihao, 建华:jianhua, 志强:zhiqiang',
    female: '芳:fang, 娜:na, 秀英:xiuying, 敏:min, 静:jing, 丽:li, 艳:yan, 娟:juan, 秀兰:xiulan, 霞:xia, 桂英:guiying, 欣怡:xinyi, 梓萱:zixuan, 子涵:zihan, 雨桐:yutong, 婷婷:tingting',
    surnames: '王:wang, 李:li, 张:zhang, 刘:liu, 陈:chen, 杨:yang, 黄:huang, 赵:zhao, 吴:wu, 周:zhou, 徐:xu, 孙:sun, 马:ma, 朱:zhu, 胡:hu, 郭:guo, 何:he, 林:lin, 高:gao, 罗:luo, 郑:zheng, 梁:liang, 欧阳:ouyang',
    familyFirst: true,
    spacedShare: 0,
    emailDomains: 'qq.com 40, 163.com 25, 126.com 8, sina.com 4',
    channelBoost: { whatsapp: 0.35, webchat: 2.5, email: 1.6, telegram: 0.3, viber: 0.05, facebook: 0.3, instagram: 0.4 },
  },
  {
    key: 'ja',
    language: 'ja',
    script: 'cjk',
    weight: 4,
    regions: 'JP 100',
    male: '翔太:shota, 大輔:daisuke, 健太:kenta, 拓也:takuya, 蓮:ren, 悠真:yuma, 陽翔:haruto, 浩:hiroshi, 誠:makoto, 直樹:naoki, 亮:ryo, 隆:takashi',
    female: '陽菜:hina, 結衣:yui, 美咲:misaki, さくら:sakura, 花子:hanako, 愛:ai, 由美:yumi, 恵子:keiko, 真由美:mayumi, 葵:aoi, 彩:aya, 明美:akemi',
    surnames: '佐藤:sato, 鈴木:suzuki, 高橋:takahashi, 田中:tanaka, 伊藤:ito, 渡辺:watanabe, 山本:yamamoto, 中村:nakamura, 小林:kobayashi, 加藤:kato, 吉田:yoshida, 山田:yamada, 佐々木:sasaki, 松本:matsumoto, 井上:inoue, 木村:kimura, 林:hayashi, 清水:shimizu',
    familyFirst: true,
    spacedShare: 0.4,
    emailDomains: 'yahoo.co.jp 20, docomo.ne.jp 7, ezweb.ne.jp 4',
    channelBoost: { line: 25, whatsapp: 0.15, telegram: 0.15, viber: 0.05, sms: 0.5, email: 1.3 },
  },
  {
    key: 'ko',
    language: 'ko',
    script: 'other',
    weight: 0.6,
    regions: 'KR 100',
    male: '민준:minjun, 지훈:jihoon, 도윤:doyoon, 현우:hyunwoo, 서준:seojun, 성민:sungmin',
    female: '서연:seoyeon, 지우:jiwoo, 하은:haeun, 수빈:subin, 지민:jimin, 예은:yeeun',
    surnames: '김:kim, 이:lee, 박:park, 최:choi, 정:jung, 강:kang, 조:cho, 윤:yoon, 장:jang',
    familyFirst: true,
    spacedShare: 0,
    emailDomains: 'naver.com 30, daum.net 12, kakao.com 5',
    channelBoost: { webchat: 2.5, whatsapp: 0.3, telegram: 0.3, viber: 0.05, line: 2 },
  },
  {
    key: 'hi',
    language: 'hi',
    script: 'other',
    weight: 0.5,
    regions: 'IN 100',
    male: 'राहुल:rahul, अमित:amit, विकास:vikas, अनिल:anil, सुनील:sunil, रवि:ravi',
    female: 'प्रिया:priya, सुनीता:sunita, पूजा:pooja, नेहा:neha, अंजलि:anjali, रेखा:rekha',
    surnames: 'शर्मा:sharma, वर्मा:verma, गुप्ता:gupta, सिंह:singh, कुमार:kumar, पटेल:patel, यादव:yadav',
    emailDomains: 'yahoo.co.in 7, rediffmail.com 5',
    channelBoost: { whatsapp: 2.2, telegram: 0.5, viber: 0.1, line: 0.1 },
  },
  {
    key: 'el',
    language: 'el',
    script: 'other',
    weight: 0.3,
    regions: 'GR 100',
    male: 'Γιώργος:giorgos, Νίκος:nikos, Δημήτρης:dimitris, Κώστας:kostas, Γιάννης:giannis',
    female: 'Μαρία:maria, Ελένη:eleni, Κατερίνα:katerina, Σοφία:sofia, Δέσποινα:despoina',
    surnames: 'Γεωργίου:georgiou, Νικολάου:nikolaou, Οικονόμου:oikonomou, Κωνσταντίνου:konstantinou, Ιωάννου:ioannou, Δημητρίου:dimitriou',
    emailDomains: 'otenet.gr 5',
    channelBoost: { viber: 3, telegram: 0.5, line: 0.1 },
  },
  {
    key: 'he',
    language: 'he',
    script: 'other',
    weight: 0.3,
    regions: 'IL 100',
    male: 'דוד:david, יוסי:yossi, אורי:uri, איתי:itai, משה:moshe',
    female: 'נועה:noa, מיכל:michal, שירה:shira, תמר:tamar, רותם:rotem',
    surnames: 'כהן:cohen, לוי:levi, מזרחי:mizrahi, פרץ:peretz, ביטון:biton, אברהם:avraham, פרידמן:friedman',
    emailDomains: 'walla.co.il 8',
    channelBoost: { whatsapp: 2, telegram: 0.8, line: 0.1 },
  },
  {
    key: 'th',
    language: 'th',
    script: 'other',
    weight: 0.3,
    regions: 'TH 100',
    male: 'สมชาย:somchai, ณัฐพล:nattaphon, ธนากร:thanakorn, วีระ:weera',
    female: 'สมศรี:somsri, กาญจนา:kanchana, พิมพ์ชนก:phimchanok, สุดา:suda',
    surnames: 'สุขสวัสดิ์:suksawat, ศรีสุข:srisuk, วงศ์สวัสดิ์:wongsawat, แก้วมณี:kaewmanee, ทองดี:thongdee',
    emailDomains: 'hotmail.com 10',
    channelBoost: { line: 20, whatsapp: 0.2, telegram: 0.2, viber: 0.1, facebook: 2 },
  },
];

function parseWeights(text: string): [string, number][] {
  return text.split(', ').map((entry) => {
    const [value = '', weight = '1'] = entry.split(' ');
    return [value, Number(weight)];
  });
}

function parseNames(text: string, romanize: (text: string) => string): NamePart[] {
  return text.split(', ').map((entry) => {
    const [name = '', ascii] = entry.split(':');
    return { text: name, ascii: ascii ?? romanize(name) };
  });
}

function buildCulture(spec: CultureSpec, index: number): Culture {
  const romanize = spec.romanize ?? asciiLetters;
  const surnames = parseNames(spec.surnames, romanize);
  const feminine = spec.feminine;
  const femaleSurnames = feminine
    ? surnames.map((surname) => {
        const text = feminine(surname.text);
        return text === surname.text ? surname : { text, ascii: romanize(text) };
      })
    : surnames;
  const boost = spec.channelBoost ?? {};
  return {
    index,
    key: spec.key,
    language: spec.language,
    script: spec.script,
    regions: weightedTable(parseWeights(spec.regions)),
    male: parseNames(spec.male, romanize),
    female: parseNames(spec.female, romanize),
    surnames,
    femaleSurnames,
    familyFirst: spec.familyFirst ?? false,
    spacedShare: spec.spacedShare ?? 0,
    doubleSurnameShare: spec.doubleSurnameShare ?? 0,
    singleNameShare: spec.singleNameShare ?? 0,
    emailDomains: weightedTable(
      parseWeights(spec.emailDomains ? `${GLOBAL_EMAIL_DOMAINS}, ${spec.emailDomains}` : GLOBAL_EMAIL_DOMAINS),
    ),
    sourceChannels: weightedTable(
      (Object.entries(SOURCE_CHANNEL_WEIGHTS) as [Channel, number][]).map(
        ([channel, weight]) => [channel, weight * (boost[channel] ?? 1)] as const,
      ),
    ),
  };
}

export const CULTURES: readonly Culture[] = SPECS.map(buildCulture);

export const CULTURE_TABLE: WeightedTable<Culture> = weightedTable(
  SPECS.map((spec, index) => [CULTURES[index] as Culture, spec.weight] as const),
);
