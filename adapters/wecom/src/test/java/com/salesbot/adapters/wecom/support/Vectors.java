package com.salesbot.adapters.wecom.support;

/**
 * WeCom callback crypto test vectors, described with their public sources in docs/platforms.md: A and B from WeCom's
 * official WXBizMsgCrypt samples, C from WxJava's own WxCryptUtilTest, D generated with WxJava from A's keys, E the
 * official template_card_event plaintext sample.
 */
public final class Vectors {
    private Vectors() {
    }

    public static final String A_TOKEN = "QDG6eK";
    public static final String A_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    public static final String A_CORP = "wx5823bf96d3bd56c7";
    public static final String A_GET_SIG = "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3";
    public static final String A_GET_TS = "1409659589";
    public static final String A_GET_NONCE = "263014780";
    public static final String A_ECHOSTR =
            "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";
    public static final String A_POST_SIG = "477715d11cdb4164915debcba66cb864d751f3e6";
    public static final String A_POST_TS = "1409659813";
    public static final String A_POST_NONCE = "1372623149";
    public static final String A_BODY = "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Encrypt><![CDATA["
            + "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q=="
            + "]]></Encrypt><AgentID><![CDATA[218]]></AgentID></xml>";
    public static final String A_PLAIN = "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>\n"
            + "<FromUserName><![CDATA[mycreate]]></FromUserName>\n"
            + "<CreateTime>1409659813</CreateTime>\n"
            + "<MsgType><![CDATA[text]]></MsgType>\n"
            + "<Content><![CDATA[hello]]></Content>\n"
            + "<MsgId>4561255354251345929</MsgId>\n"
            + "<AgentID>218</AgentID>\n"
            + "</xml>";

    public static final String B_TOKEN = "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo";
    public static final String B_KEY = "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt";
    public static final String B_CORP = "ww1436e0e65a779aee";
    public static final String B_GET_SIG = "012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb";
    public static final String B_GET_TS = "1476416373";
    public static final String B_GET_NONCE = "47744683";
    public static final String B_ECHOSTR =
            "fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA==";
    public static final String B_POST_SIG = "0c3914025cb4b4d68103f6bfc8db550f79dcf48e";
    public static final String B_POST_TS = "1476422779";
    public static final String B_POST_NONCE = "1597212914";
    public static final String B_BODY = "<xml><ToUserName><![CDATA[ww1436e0e65a779aee]]></ToUserName>\n<Encrypt><![CDATA["
            + "Kl7kjoSf6DMD1zh7rtrHjFaDapSCkaOnwu3bqLc5tAybhhMl9pFeK8NslNPVdMwmBQTNoW4mY7AIjeLvEl3NyeTkAgGzBhzTtRLNshw2AEew+kkYcD+Fq72Kt00fT0WnN87hGrW8SqGc+NcT3mu87Ha3dz1pSDi6GaUA6A0sqfde0VJPQbZ9U+3JWcoD4Z5jaU0y9GSh010wsHF8KZD24YhmZH4ch4Ka7ilEbjbfvhKkNL65HHL0J6EYJIZUC2pFrdkJ7MhmEbU2qARR4iQHE7wy24qy0cRX3Mfp6iELcDNfSsPGjUQVDGxQDCWjayJOpcwocugux082f49HKYg84EpHSGXAyh+/oxwaWbvL6aSDPOYuPDGOCI8jmnKiypE+"
            + "]]></Encrypt>\n<AgentID><![CDATA[1000002]]></AgentID>\n</xml>";
    public static final String B_PLAIN = "<xml><ToUserName>ww1436e0e65a779aee</ToUserName><FromUserName>ChenJiaShun</FromUserName>"
            + "<CreateTime>1476422779</CreateTime><MsgType>text</MsgType><Content>你好</Content><MsgId>1456453720</MsgId>"
            + "<AgentID>1000002</AgentID></xml>";

    public static final String C_TOKEN = "pamtest";
    public static final String C_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    public static final String C_APPID = "wxb11529c136998cb6";
    public static final String C_RANDOM = "aaaabbbbccccdddd";
    public static final String C_PLAIN = "我是中文abcd123";
    public static final String C_CIPHER =
            "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==";

    public static final String D_ENCRYPT = "ZA4HuQypHxnRrA+A6SOHGIUVVedlgXI1yBpEcdh+6pYY7ky+frRr7WyMzHmrjfEnIoLQbRDYHSxfJ2g2J1xx4gzukpr46HXluZMBmOr54+rDN7vnppruuMrhZpY9zUQNDrHgg5Cc8Bj0zBXRu6IYI9HBceAL3srgw71BdD+OJ4FeVzGZCJEqv3iGnpMeNtEUXLPQ3VMbChBQn4zmAPTbPu7+Cp1M67kyinJDCkSCe7HRs1nr6yjrlDY9N3lpxhwhc5sw2P23xeUaIbp+GfH3MmK5wIXik2KxFcjybogcFmEPENtW/LLL/taMp3MrjvRizI9Yu2ywek6Tz4NWypWgjDuDHUaOurZX2fTI120BGTlJID2RgKDeD5QyRVjHTpdeqzqIjt90FccYQweqGWYJ+2xPpUfV8Skeb6GZHx7sc8jj8FbDKQJyMbdGB6j9/2A8FNuc2u+pe76fHlg6dv3Amm/QEZqv3HJoCCm4KY5nf98e4xcomjzVEOeIzdxuRom9fZ7Y57ooOgK+lo8trwuOiL7+LslDzrINjEES+/DosJa6MNDtVhisH90K/32/hMqj2HxbXKvERg77339frjCxrmG9XNmDIvm8Qbu8Z4C+t4A0Tuz4l7hjcim4g475WVbS";
    public static final String D_SIG = "b6af775280c86a54bc1997f6dea2242411f02578";
    public static final String D_TS = "1409659813";
    public static final String D_NONCE = "1372623149";
    public static final String D_PLAIN = "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><FromUserName><![CDATA[rep001]]></FromUserName><CreateTime>1409659813</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event><EventKey><![CDATA[visit_tag_deal]]></EventKey><TaskId><![CDATA[visit-42]]></TaskId><CardType><![CDATA[button_interaction]]></CardType><ResponseCode><![CDATA[RC_abc]]></ResponseCode><AgentID>218</AgentID></xml>";

    public static final String E_PLAIN = "<xml><ToUserName><![CDATA[toUser]]></ToUserName><FromUserName><![CDATA[FromUser]]></FromUserName><CreateTime>123456789</CreateTime>"
            + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event><EventKey><![CDATA[key111]]></EventKey>"
            + "<TaskId><![CDATA[taskid111]]></TaskId><CardType><![CDATA[text_notice]]></CardType><ResponseCode><![CDATA[ResponseCode]]></ResponseCode>"
            + "<AgentID>1</AgentID><SelectedItems><SelectedItem><QuestionKey><![CDATA[QuestionKey1]]></QuestionKey><OptionIds><OptionId><![CDATA[OptionId1]]></OptionId><OptionId><![CDATA[OptionId2]]></OptionId></OptionIds></SelectedItem>"
            + "<SelectedItem><QuestionKey><![CDATA[QuestionKey2]]></QuestionKey><OptionIds><OptionId><![CDATA[OptionId3]]></OptionId><OptionId><![CDATA[OptionId4]]></OptionId></OptionIds></SelectedItem></SelectedItems></xml>";
}
