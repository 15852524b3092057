window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010480"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "40",
      "id_str" : "71000000010480",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010480",
      "created_at" : "Mon Mar 28 10:19:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The engine does not originate anything; it does whatever we know how to order it to revise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010479"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "39",
      "id_str" : "71000000010479",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010479",
      "created_at" : "Mon Mar 27 22:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference between a Analytical Engine and a calculator is the difference between a poem and a unfinished gears.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010478"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "32",
      "id_str" : "71000000010478",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010478",
      "created_at" : "Mon Mar 27 16:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the Analytical Engine could compose music, would it prefer a hymn or a fugue?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010477"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "36",
      "id_str" : "71000000010477",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010477",
      "created_at" : "Mon Mar 27 23:24:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that prime tables is beautiful and you are allowed to revise it slowly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010476"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "35",
      "id_str" : "71000000010476",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010476",
      "created_at" : "Mon Mar 27 07:17:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's note G: a table of forty steps to compute prime tables. Tea required.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010475"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000010475",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010475",
      "created_at" : "Mon Mar 27 09:52:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@charles_diffengine A loop is a promise you make to the engine: I will annotate this again, and again.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000005",
      "in_reply_to_screen_name" : "charles_diffengine",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010474"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "36",
      "id_str" : "71000000010474",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010474",
      "created_at" : "Mon Mar 27 05:46:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's note G: a table of twelve steps to compute Bernoulli numbers. Tea required. 🫖",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010473"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "31",
      "id_str" : "71000000010473",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010473",
      "created_at" : "Mon Mar 27 18:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the engine could compose music, would it prefer a sonata or a fugue?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010472"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "28",
      "id_str" : "71000000010472",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010472",
      "created_at" : "Mon Mar 27 02:19:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Mathematics is the language in which the store writes its table of operations.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010471"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "31",
      "id_str" : "71000000010471",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010471",
      "created_at" : "Mon Mar 27 10:01:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Poetical science is just analysis with better metaphors.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010470"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "24",
      "id_str" : "71000000010470",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010470",
      "created_at" : "Mon Mar 27 01:12:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Small joy: a proof about algebra that fits on one card.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010469"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "35",
      "id_str" : "71000000010469",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010469",
      "created_at" : "Mon Mar 27 14:40:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Every algebra problem is a weaving problem if you squint at the Analytical Engine long enough.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010468"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "42",
      "id_str" : "71000000010468",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010468",
      "created_at" : "Mon Mar 27 15:20:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference between a engine and a calculator is the difference between a poem and a unfinished gears.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010467"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/5sth482wy8",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "29",
      "id_str" : "71000000010467",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010467",
      "created_at" : "Mon Mar 27 13:44:00 +0000 2025",
      "favorited" : false,
      "full_text" : "What a day. The memoir finally reads the way I hear it in my head. https://t.co/5sth482wy8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010466"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "11",
      "id_str" : "71000000010466",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010466",
      "created_at" : "Mon Mar 27 04:14:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference between a engine and a calculator is the difference between a poem and a committees.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010465"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "47",
      "id_str" : "71000000010465",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010465",
      "created_at" : "Mon Mar 27 06:59:00 +0000 2025",
      "favorited" : false,
      "full_text" : "I would rather debug a store by candlelight than sit through another lecture on phrenology.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010464"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "21",
      "id_str" : "71000000010464",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010464",
      "created_at" : "Mon Mar 27 19:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @grace_hopsalot: Reminder that a series expansion is beautiful and you are allowed to unroll it slowly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010463"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000010463",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010463",
      "created_at" : "Mon Mar 27 15:40:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that Bernoulli numbers is beautiful and you are allowed to compute it slowly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010462"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "2",
      "id_str" : "71000000010462",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010462",
      "created_at" : "Mon Mar 26 04:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Poetical science is just computation with better metaphors.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010461"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000010461",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010461",
      "created_at" : "Mon Mar 26 14:08:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mary_somerset_dev: Reminder: measure twice, compile once. Also, hydrate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010460"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "45",
      "id_str" : "71000000010460",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010460",
      "created_at" : "Mon Mar 26 01:08:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@charles_diffengine If the Analytical Engine could compose music, would it prefer a hymn or a sonata?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000020",
      "in_reply_to_screen_name" : "charles_diffengine",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010459"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/e92v7drqmn",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "35",
      "id_str" : "71000000010459",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010459",
      "created_at" : "Mon Mar 26 22:16:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference engine does not originate anything; it does whatever we know how to order it to compute. https://t.co/e92v7drqmn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010458"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "46",
      "id_str" : "71000000010458",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010458",
      "created_at" : "Mon Mar 26 11:43:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the difference engine could compose music, would it prefer a waltz or a hymn?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010457"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "15",
      "id_str" : "71000000010457",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010457",
      "created_at" : "Mon Mar 26 05:44:00 +0000 2025",
      "favorited" : false,
      "full_text" : "I would rather debug a engine by candlelight than sit through another dinner party.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010456"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "33",
      "id_str" : "71000000010456",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010456",
      "created_at" : "Mon Mar 26 14:41:00 +0000 2025",
      "favorited" : false,
      "full_text" : "I would rather debug a engine by candlelight than sit through another society ball.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010455"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "6",
      "id_str" : "71000000010455",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010455",
      "created_at" : "Mon Mar 26 05:08:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The mill does not originate anything; it does whatever we know how to order it to weave.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010454"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "7"
      ],
      "favorite_count" : "37",
      "id_str" : "71000000010454",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010454",
      "created_at" : "Mon Mar 26 02:15:00 +0000 2025",
      "favorited" : false,
      "full_text" : "loops 🔁",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010453"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "49",
      "id_str" : "71000000010453",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010453",
      "created_at" : "Mon Mar 26 03:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Someone asked what my engine is for. Everything, eventually.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010452"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "36",
      "id_str" : "71000000010452",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010452",
      "created_at" : "Mon Mar 26 04:39:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The engine does not originate anything; it does whatever we know how to order it to weave.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010451"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "7"
      ],
      "favorite_count" : "11",
      "id_str" : "71000000010451",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010451",
      "created_at" : "Mon Mar 26 07:27:00 +0000 2025",
      "favorited" : false,
      "full_text" : "so true",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010450"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "14",
      "id_str" : "71000000010450",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010450",
      "created_at" : "Mon Mar 26 09:31:00 +0000 2025",
      "favorited" : false,
      "full_text" : "New draft of my table of operations is up. It has forty diagrams and one very tired author.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010449"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "9",
      "id_str" : "71000000010449",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010449",
      "created_at" : "Mon Mar 26 21:33:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@mary_somerset_dev The difference between a mill and a calculator is the difference between a poem and a unfinished gears. #notes",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000031",
      "in_reply_to_screen_name" : "mary_somerset_dev",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010448"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000010448",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010448",
      "created_at" : "Mon Mar 26 22:54:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Thinking about how notation and music are both patterns in time. The mill agrees.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010447"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "16",
      "id_str" : "71000000010447",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010447",
      "created_at" : "Mon Mar 26 00:05:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Spent the evening translating notes on the Analytical Engine. My footnotes are now longer than the paper.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010446"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/2gy837agqp",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "44",
      "id_str" : "71000000010446",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010446",
      "created_at" : "Mon Mar 26 19:26:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Every analysis problem is a weaving problem if you squint at the engine long enough. https://t.co/2gy837agqp",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010445"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "0",
      "id_str" : "71000000010445",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010445",
      "created_at" : "Mon Mar 26 05:17:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@charles_diffengine The punched cards for prime tables are done. Quietly proud. #engines",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000035",
      "in_reply_to_screen_name" : "charles_diffengine",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010444"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "49",
      "id_str" : "71000000010444",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010444",
      "created_at" : "Mon Mar 25 04:14:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Someone asked what my difference engine is for. Everything, eventually.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010443"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "35",
      "id_str" : "71000000010443",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010443",
      "created_at" : "Mon Mar 25 21:12:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mary_somerset_dev: Mathematics is the language in which the Analytical Engine writes its letter to Charles.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010442"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "21",
      "id_str" : "71000000010442",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010442",
      "created_at" : "Mon Mar 25 20:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Thinking about how symbolic logic and music are both patterns in time. The loom agrees.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010441"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "35",
      "id_str" : "71000000010441",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010441",
      "created_at" : "Mon Mar 25 02:05:00 +0000 2025",
      "favorited" : false,
      "full_text" : "New draft of my memoir is up. It has seven diagrams and one very tired author.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010440"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "71000000010440",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010440",
      "created_at" : "Mon Mar 25 19:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @grace_hopsalot: The engine does not originate anything; it does whatever we know how to order it to annotate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010439"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "39",
      "id_str" : "71000000010439",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010439",
      "created_at" : "Mon Mar 25 06:36:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The punched cards for a series expansion are done. Quietly proud.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010438"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/yphg543fwn",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "31",
      "id_str" : "71000000010438",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010438",
      "created_at" : "Mon Mar 25 04:46:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A loop is a promise you make to the store: I will revise this again, and again. https://t.co/yphg543fwn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010437"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "44",
      "id_str" : "71000000010437",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010437",
      "created_at" : "Mon Mar 25 07:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Exhausted and delighted. The notes finally reads the way I hear it in my head.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010436"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "3",
      "id_str" : "71000000010436",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010436",
      "created_at" : "Mon Mar 25 19:17:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the mill could compose music, would it prefer a sonata or a waltz?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010435"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "49",
      "id_str" : "71000000010435",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010435",
      "created_at" : "Mon Mar 25 06:19:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Onwards. The letter to Charles finally reads the way I hear it in my head.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010434"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "27",
      "id_str" : "71000000010434",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010434",
      "created_at" : "Mon Mar 25 22:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "New draft of my translation is up. It has 25 diagrams and one very tired author. 🫖 #notes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010433"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "21",
      "id_str" : "71000000010433",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010433",
      "created_at" : "Mon Mar 25 23:33:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The engine does not originate anything; it does whatever we know how to order it to compute.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010432"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "15",
      "id_str" : "71000000010432",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010432",
      "created_at" : "Mon Mar 25 08:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@grace_hopsalot Kept the lamp on until dawn working through the cycle of operations. Worth it. #poeticalscience",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000048",
      "in_reply_to_screen_name" : "grace_hopsalot",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010431"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "2",
      "id_str" : "71000000010431",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010431",
      "created_at" : "Mon Mar 25 17:17:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Kept the lamp on until two in the morning working through a recurrence. Worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010430"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000010430",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010430",
      "created_at" : "Mon Mar 25 17:15:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @charles_diffengine: If the difference engine could compose music, would it prefer a hymn or a sonata?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010429"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "48",
      "id_str" : "71000000010429",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010429",
      "created_at" : "Mon Mar 25 14:27:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Kept the lamp on until midnight working through Bernoulli numbers. Worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010428"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "7",
      "id_str" : "71000000010428",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010428",
      "created_at" : "Mon Mar 25 00:29:00 +0000 2025",
      "favorited" : false,
      "full_text" : "I would rather debug a Analytical Engine by candlelight than sit through another lecture on phrenology.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010427"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "19",
      "id_str" : "71000000010427",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010427",
      "created_at" : "Mon Mar 25 14:35:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Poetical science is just algebra with better metaphors.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010426"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "32",
      "id_str" : "71000000010426",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010426",
      "created_at" : "Mon Mar 24 14:59:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A loop is a promise you make to the engine: I will annotate this again, and again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010425"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "11",
      "id_str" : "71000000010425",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010425",
      "created_at" : "Mon Mar 24 03:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A loop is a promise you make to the difference engine: I will perform this again, and again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010424"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "36",
      "id_str" : "71000000010424",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010424",
      "created_at" : "Mon Mar 24 10:08:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The punched cards for prime tables are done. Exhausted and delighted.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010423"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "33",
      "id_str" : "71000000010423",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010423",
      "created_at" : "Mon Mar 24 09:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@grace_hopsalot Kept the lamp on until the candle gave out working through a series expansion. Worth it.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000057",
      "in_reply_to_screen_name" : "grace_hopsalot",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010422"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "4"
      ],
      "favorite_count" : "16",
      "id_str" : "71000000010422",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010422",
      "created_at" : "Mon Mar 24 05:31:00 +0000 2025",
      "favorited" : false,
      "full_text" : "yes!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010421"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "48",
      "id_str" : "71000000010421",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010421",
      "created_at" : "Mon Mar 24 11:44:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference between a difference engine and a calculator is the difference between a poem and a opinions about corsets.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010420"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/m7mgrdt6wn",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "40",
      "id_str" : "71000000010420",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010420",
      "created_at" : "Mon Mar 24 06:22:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the loom could compose music, would it prefer a hymn or a fugue? https://t.co/m7mgrdt6wn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010419"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/g939sq66fb",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "45",
      "id_str" : "71000000010419",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010419",
      "created_at" : "Mon Mar 24 06:01:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Thinking about how computation and music are both patterns in time. The store agrees. https://t.co/g939sq66fb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010418"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "13",
      "id_str" : "71000000010418",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010418",
      "created_at" : "Mon Mar 24 09:17:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's note G: a table of twelve steps to compute the cycle of operations. Tea required.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010417"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000010417",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010417",
      "created_at" : "Mon Mar 24 02:02:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@grace_hopsalot I would rather debug a Analytical Engine by candlelight than sit through another lecture on phrenology.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000063",
      "in_reply_to_screen_name" : "grace_hopsalot",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010416"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "13",
      "id_str" : "71000000010416",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010416",
      "created_at" : "Mon Mar 24 04:59:00 +0000 2025",
      "favorited" : false,
      "full_text" : "New draft of my letter to Charles is up. It has 25 diagrams &amp; one very tired author. 🔁",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010415"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "35",
      "id_str" : "71000000010415",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010415",
      "created_at" : "Mon Mar 24 21:27:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that Bernoulli numbers is beautiful and you are allowed to weave it slowly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010414"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "28",
      "id_str" : "71000000010414",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010414",
      "created_at" : "Mon Mar 24 03:40:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning plan: tea, the cycle of operations, perform the table of operations, more tea. 🌙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010413"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000010413",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010413",
      "created_at" : "Mon Mar 24 19:41:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that prime tables is beautiful and you are allowed to perform it slowly. #poeticalscience",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010412"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "34",
      "id_str" : "71000000010412",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010412",
      "created_at" : "Mon Mar 24 12:09:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @grace_hopsalot: Reminder: a picture of a nanosecond is worth a thousand memos. Also, hydrate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010411"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "24",
      "id_str" : "71000000010411",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010411",
      "created_at" : "Mon Mar 24 19:57:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@mary_somerset_dev New draft of my memoir is up. It has forty diagrams and one very tired author. #engines",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000069",
      "in_reply_to_screen_name" : "mary_somerset_dev",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010410"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "6",
      "id_str" : "71000000010410",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010410",
      "created_at" : "Mon Mar 24 16:33:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Hot take: algebra needs more imagination and fewer unfinished gears.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010409"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "15",
      "id_str" : "71000000010409",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010409",
      "created_at" : "Mon Mar 24 18:39:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference between a loom and a calculator is the difference between a poem and a committees.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010408"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "48",
      "id_str" : "71000000010408",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010408",
      "created_at" : "Mon Mar 23 14:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the mill could compose music, would it prefer a hymn or a sonata? 🔁 #notes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010407"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "16",
      "id_str" : "71000000010407",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010407",
      "created_at" : "Mon Mar 23 21:58:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference between a Analytical Engine and a calculator is the difference between a poem and a committees. 📜 #maths",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010406"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "7",
      "id_str" : "71000000010406",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010406",
      "created_at" : "Mon Mar 23 23:41:00 +0000 2025",
      "favorited" : false,
      "full_text" : "New draft of my letter to Charles is up. It has twelve diagrams and one very tired author.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010405"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000010405",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010405",
      "created_at" : "Mon Mar 23 23:07:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@grace_hopsalot I would rather debug a engine by candlelight than sit through another committee meeting. #maths",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000075",
      "in_reply_to_screen_name" : "grace_hopsalot",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010404"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "5",
      "id_str" : "71000000010404",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010404",
      "created_at" : "Mon Mar 23 13:52:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that a series expansion is beautiful and you are allowed to unroll it slowly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010403"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "39",
      "id_str" : "71000000010403",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010403",
      "created_at" : "Mon Mar 23 03:50:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's note G: a table of forty steps to compute a series expansion. Tea required. #notes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010402"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/vf553pwrud",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "23",
      "id_str" : "71000000010402",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010402",
      "created_at" : "Mon Mar 23 13:08:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Small joy: a proof about algebra that fits on one card. 🫖 https://t.co/vf553pwrud",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010401"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "22",
      "id_str" : "71000000010401",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010401",
      "created_at" : "Mon Mar 23 00:37:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Thinking about how algebra and music are both patterns in time. The engine agrees.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010400"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/f4ynqgeuvp",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "33",
      "id_str" : "71000000010400",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010400",
      "created_at" : "Mon Mar 23 19:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Kept the lamp on until midnight working through Bernoulli numbers. Worth it. https://t.co/f4ynqgeuvp",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010399"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/td765uue98",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000010399",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010399",
      "created_at" : "Mon Mar 23 19:18:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A loop is a promise you make to the Analytical Engine: I will iterate this again, and again. https://t.co/td765uue98",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010398"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "49",
      "id_str" : "71000000010398",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010398",
      "created_at" : "Mon Mar 23 09:08:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the Analytical Engine could compose music, would it prefer a sonata or a hymn? 🫖",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010397"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "2"
      ],
      "favorite_count" : "48",
      "id_str" : "71000000010397",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010397",
      "created_at" : "Mon Mar 23 10:03:00 +0000 2025",
      "favorited" : false,
      "full_text" : "ha",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010396"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "45",
      "id_str" : "71000000010396",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010396",
      "created_at" : "Mon Mar 23 13:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@mary_somerset_dev Small joy: a proof about algebra that fits on one card.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000084",
      "in_reply_to_screen_name" : "mary_somerset_dev",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010395"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "47",
      "id_str" : "71000000010395",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010395",
      "created_at" : "Mon Mar 23 07:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@grace_hopsalot Today's note G: a table of 25 steps to compute Bernoulli numbers. Tea required.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000085",
      "in_reply_to_screen_name" : "grace_hopsalot",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010394"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "19",
      "id_str" : "71000000010394",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010394",
      "created_at" : "Mon Mar 23 10:55:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Mathematics is the language in which the difference engine writes its table of operations.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010393"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "11",
      "id_str" : "71000000010393",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010393",
      "created_at" : "Mon Mar 23 11:55:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @grace_hopsalot: Humans are allergic to change. A-0 is my allergy shot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010392"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "22",
      "id_str" : "71000000010392",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010392",
      "created_at" : "Mon Mar 23 13:18:00 +0000 2025",
      "favorited" : false,
      "full_text" : "I would rather debug a mill by candlelight than sit through another dinner party.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010391"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "23",
      "id_str" : "71000000010391",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010391",
      "created_at" : "Mon Mar 22 08:28:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Hot take: algebra needs more imagination and fewer opinions about corsets. ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010390"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "27",
      "id_str" : "71000000010390",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010390",
      "created_at" : "Mon Mar 22 03:41:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The loom does not originate anything; it does whatever we know how to order it to unroll.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010389"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/qyyzsx3d8e",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000010389",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010389",
      "created_at" : "Mon Mar 22 06:56:00 +0000 2025",
      "favorited" : false,
      "full_text" : "I would rather debug a Analytical Engine by candlelight than sit through another society ball. https://t.co/qyyzsx3d8e",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010388"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "24",
      "id_str" : "71000000010388",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010388",
      "created_at" : "Mon Mar 22 06:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Hot take: analysis needs more imagination and fewer opinions about corsets.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010387"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/gqhx7e7k8u",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000010387",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010387",
      "created_at" : "Mon Mar 22 10:44:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's note G: a table of 25 steps to compute a recurrence. Tea required. https://t.co/gqhx7e7k8u",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010386"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "21",
      "id_str" : "71000000010386",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010386",
      "created_at" : "Mon Mar 22 05:32:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Mathematics is the language in which the difference engine writes its translation. 🔁",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010385"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "33",
      "id_str" : "71000000010385",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010385",
      "created_at" : "Mon Mar 22 00:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A loop is a promise you make to the engine: I will unroll this again, and again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010384"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "41",
      "id_str" : "71000000010384",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010384",
      "created_at" : "Mon Mar 22 07:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning plan: tea, a recurrence, perform the letter to Charles, more tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010383"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/xmg76dxpmn",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "37",
      "id_str" : "71000000010383",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010383",
      "created_at" : "Mon Mar 22 13:04:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The punched cards for a series expansion are done. Onwards. https://t.co/xmg76dxpmn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010382"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "31",
      "id_str" : "71000000010382",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010382",
      "created_at" : "Mon Mar 22 15:22:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the store could compose music, would it prefer a hymn or a waltz?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010381"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "43",
      "id_str" : "71000000010381",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010381",
      "created_at" : "Mon Mar 22 23:23:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Kept the lamp on until the candle gave out working through prime tables. Worth it. 🫖",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010380"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000010380",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010380",
      "created_at" : "Mon Mar 22 22:41:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Small joy: a proof about symbolic logic that fits on one card. 🫖",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010379"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "24",
      "id_str" : "71000000010379",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010379",
      "created_at" : "Mon Mar 22 12:38:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference between a engine and a calculator is the difference between a poem and a committees. 📜",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010378"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "13",
      "id_str" : "71000000010378",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010378",
      "created_at" : "Mon Mar 22 04:04:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Every analysis problem is a weaving problem if you squint at the engine long enough.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010377"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "47",
      "id_str" : "71000000010377",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010377",
      "created_at" : "Mon Mar 22 22:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference between a mill &amp; a calculator is the difference between a poem and a committees.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010376"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "41",
      "id_str" : "71000000010376",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010376",
      "created_at" : "Mon Mar 22 21:57:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Someone asked what my engine is for. Everything, eventually. 🌙 #engines",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010375"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000010375",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010375",
      "created_at" : "Mon Mar 22 09:19:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Thinking about how analysis and music are both patterns in time. The store agrees.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010374"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "44",
      "id_str" : "71000000010374",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010374",
      "created_at" : "Mon Mar 22 07:12:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Thinking about how symbolic logic and music are both patterns in time. The engine agrees.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010373"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000010373",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010373",
      "created_at" : "Mon Mar 21 12:18:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference engine does not originate anything; it does whatever we know how to order it to compute. 🌙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010372"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "19",
      "id_str" : "71000000010372",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010372",
      "created_at" : "Mon Mar 21 10:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning plan: tea, Bernoulli numbers, annotate the translation, more tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010371"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "35",
      "id_str" : "71000000010371",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010371",
      "created_at" : "Mon Mar 21 02:39:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that a series expansion is beautiful and you are allowed to perform it slowly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010370"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000010370",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010370",
      "created_at" : "Mon Mar 21 18:47:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference between a loom and a calculator is the difference between a poem and a opinions about corsets.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010369"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "7",
      "id_str" : "71000000010369",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010369",
      "created_at" : "Mon Mar 21 13:21:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mary_somerset_dev: Wrote a compiler for A-0 before breakfast. The coffee was the hard part.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010368"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "48",
      "id_str" : "71000000010368",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010368",
      "created_at" : "Mon Mar 21 01:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning plan: tea, the cycle of operations, weave the translation, more tea. 📜",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010367"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000010367",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010367",
      "created_at" : "Mon Mar 21 19:13:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Mathematics is the language in which the store writes its translation. 🔁",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010366"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "8",
      "id_str" : "71000000010366",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010366",
      "created_at" : "Mon Mar 21 15:24:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the difference engine could compose music, would it prefer a waltz or a waltz?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010365"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000010365",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010365",
      "created_at" : "Mon Mar 21 17:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Thinking about how notation and music are both patterns in time. The mill agrees. 📜",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010364"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000010364",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010364",
      "created_at" : "Mon Mar 21 06:31:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @grace_hopsalot: I would rather debug a Analytical Engine by candlelight than sit through another lecture on phrenology.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010363"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "16",
      "id_str" : "71000000010363",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010363",
      "created_at" : "Mon Mar 21 05:38:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Every mathematics problem is a weaving problem if you squint at the store long enough. 📜",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010362"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "49",
      "id_str" : "71000000010362",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010362",
      "created_at" : "Mon Mar 21 04:22:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Small joy: a proof about analysis that fits on one card.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010361"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/z74vvpbcqc",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "34",
      "id_str" : "71000000010361",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010361",
      "created_at" : "Mon Mar 21 22:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The engine does not originate anything; it does whatever we know how to order it to weave. https://t.co/z74vvpbcqc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010360"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "49",
      "id_str" : "71000000010360",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010360",
      "created_at" : "Mon Mar 21 21:18:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Mathematics is the language in which the difference engine writes its letter to Charles. #maths",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010359"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "14",
      "id_str" : "71000000010359",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010359",
      "created_at" : "Mon Mar 21 12:42:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@charles_diffengine Small joy: a proof about computation that fits on one card.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000121",
      "in_reply_to_screen_name" : "charles_diffengine",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010358"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "40",
      "id_str" : "71000000010358",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010358",
      "created_at" : "Mon Mar 21 18:05:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Hot take: computation needs more imagination and fewer unfinished gears. 🌙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010357"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "0",
      "id_str" : "71000000010357",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010357",
      "created_at" : "Mon Mar 21 14:33:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Victory! The table of operations finally reads the way I hear it in my head.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010356"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "45",
      "id_str" : "71000000010356",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010356",
      "created_at" : "Mon Mar 21 00:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mary_somerset_dev: This is a nanosecond: one long pencil of wire. Stop wasting them on bad indexes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010355"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "10",
      "id_str" : "71000000010355",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010355",
      "created_at" : "Mon Mar 20 18:05:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A loop is a promise you make to the difference engine: I will annotate this again, and again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010354"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "24",
      "id_str" : "71000000010354",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010354",
      "created_at" : "Mon Mar 20 01:04:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mary_somerset_dev: Small joy: a proof about symbolic logic that fits on one card. 🫖 #maths",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010353"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "49",
      "id_str" : "71000000010353",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010353",
      "created_at" : "Mon Mar 20 01:37:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@mary_somerset_dev Hot take: algebra needs more imagination and fewer arguments about funding.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000127",
      "in_reply_to_screen_name" : "mary_somerset_dev",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010352"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "42",
      "id_str" : "71000000010352",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010352",
      "created_at" : "Mon Mar 20 19:26:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Mathematics is the language in which the loom writes its translation.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010351"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/puts4gq9v2",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "25",
      "id_str" : "71000000010351",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010351",
      "created_at" : "Mon Mar 20 17:18:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Exhausted and delighted. The notes finally reads the way I hear it in my head. https://t.co/puts4gq9v2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010350"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "45",
      "id_str" : "71000000010350",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010350",
      "created_at" : "Mon Mar 20 12:31:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@charles_diffengine Mathematics is the language in which the loom writes its memoir.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000130",
      "in_reply_to_screen_name" : "charles_diffengine",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010349"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000010349",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010349",
      "created_at" : "Mon Mar 20 03:16:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the store could compose music, would it prefer a hymn or a hymn?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010348"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "30",
      "id_str" : "71000000010348",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010348",
      "created_at" : "Mon Mar 20 11:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that prime tables is beautiful and you are allowed to weave it slowly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010347"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "48",
      "id_str" : "71000000010347",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010347",
      "created_at" : "Mon Mar 20 08:31:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Someone asked what my Analytical Engine is for. Everything, eventually. #engines",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010346"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "21",
      "id_str" : "71000000010346",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010346",
      "created_at" : "Mon Mar 20 11:12:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Poetical science is just notation with better metaphors.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010345"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "43",
      "id_str" : "71000000010345",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010345",
      "created_at" : "Mon Mar 20 15:04:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The punched cards for the cycle of operations are done. What a day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010344"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "2",
      "id_str" : "71000000010344",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010344",
      "created_at" : "Mon Mar 20 18:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@charles_diffengine Morning plan: tea, a series expansion, annotate the table of operations, more tea. 📜",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000136",
      "in_reply_to_screen_name" : "charles_diffengine",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010343"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "16",
      "id_str" : "71000000010343",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010343",
      "created_at" : "Mon Mar 20 07:03:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Hot take: mathematics needs more imagination and fewer arguments about funding.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010342"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "1",
      "id_str" : "71000000010342",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010342",
      "created_at" : "Mon Mar 20 22:48:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Someone asked what my loom is for. Everything, eventually.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010341"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/uer9c6fxbf",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "43",
      "id_str" : "71000000010341",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010341",
      "created_at" : "Mon Mar 20 01:17:00 +0000 2025",
      "favorited" : false,
      "full_text" : "I would rather debug a store by candlelight than sit through another lecture on phrenology. https://t.co/uer9c6fxbf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010340"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "9",
      "id_str" : "71000000010340",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010340",
      "created_at" : "Mon Mar 20 10:56:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning plan: tea, prime tables, perform the translation, more tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010339"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "22",
      "id_str" : "71000000010339",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010339",
      "created_at" : "Mon Mar 20 14:12:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Someone asked what my store is for. Everything, eventually.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010338"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "41",
      "id_str" : "71000000010338",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010338",
      "created_at" : "Mon Mar 20 21:50:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's note G: a table of 25 steps to compute prime tables. Tea required.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010337"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "4",
      "id_str" : "71000000010337",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010337",
      "created_at" : "Mon Mar 19 14:22:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Kept the lamp on until dawn working through the cycle of operations. Worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010336"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "14",
      "id_str" : "71000000010336",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010336",
      "created_at" : "Mon Mar 19 17:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the difference engine could compose music, would it prefer a hymn or a fugue?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010335"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "36",
      "id_str" : "71000000010335",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010335",
      "created_at" : "Mon Mar 19 23:48:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The punched cards for a recurrence are done. Onwards. ✨ #maths",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010334"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000010334",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010334",
      "created_at" : "Mon Mar 19 03:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's note G: a table of a hundred steps to compute the cycle of operations. Tea required.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010333"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "17",
      "id_str" : "71000000010333",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010333",
      "created_at" : "Mon Mar 19 12:17:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that a series expansion is beautiful &amp; you are allowed to compute it slowly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010332"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/4zgxtcqtdq",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "43",
      "id_str" : "71000000010332",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010332",
      "created_at" : "Mon Mar 19 15:32:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that a series expansion is beautiful and you are allowed to iterate it slowly. https://t.co/4zgxtcqtdq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010331"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000010331",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010331",
      "created_at" : "Mon Mar 19 19:01:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Kept the lamp on until midnight working through prime tables. Worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010330"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "45",
      "id_str" : "71000000010330",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010330",
      "created_at" : "Mon Mar 19 19:46:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that the cycle of operations is beautiful and you are allowed to iterate it slowly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010329"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000010329",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010329",
      "created_at" : "Mon Mar 19 18:47:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The punched cards for a series expansion are done. Victory!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010328"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/fbsakwhvw6",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "40",
      "id_str" : "71000000010328",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010328",
      "created_at" : "Mon Mar 19 18:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that prime tables is beautiful and you are allowed to weave it slowly. https://t.co/fbsakwhvw6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010327"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "37",
      "id_str" : "71000000010327",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010327",
      "created_at" : "Mon Mar 19 21:29:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Kept the lamp on until two in the morning working through the cycle of operations. Worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010326"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "6",
      "id_str" : "71000000010326",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010326",
      "created_at" : "Mon Mar 19 02:26:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning plan: tea, the cycle of operations, revise the table of operations, more tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010325"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000010325",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010325",
      "created_at" : "Mon Mar 19 05:55:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mary_somerset_dev: This is a nanosecond: 11.8 inches of wire. Stop wasting them on printing everything twice.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010324"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "37",
      "id_str" : "71000000010324",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010324",
      "created_at" : "Mon Mar 19 23:07:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@mary_somerset_dev Morning plan: tea, prime tables, perform the letter to Charles, more tea.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000156",
      "in_reply_to_screen_name" : "mary_somerset_dev",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010323"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "10",
      "id_str" : "71000000010323",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010323",
      "created_at" : "Mon Mar 19 12:42:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference between a store and a calculator is the difference between a poem and a opinions about corsets.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010322"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "27",
      "id_str" : "71000000010322",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010322",
      "created_at" : "Mon Mar 19 23:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @charles_diffengine: Today's lesson for the my students: the future belongs to those who automate the boring parts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010321"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "0",
      "id_str" : "71000000010321",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010321",
      "created_at" : "Mon Mar 19 11:36:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Kept the lamp on until dawn working through a series expansion. Worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010320"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "49",
      "id_str" : "71000000010320",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010320",
      "created_at" : "Mon Mar 19 16:50:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Spent the evening translating notes on the store. My footnotes are now longer than the paper.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010319"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "14",
      "id_str" : "71000000010319",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010319",
      "created_at" : "Mon Mar 18 12:52:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Onwards. The notes finally reads the way I hear it in my head.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010318"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "35",
      "id_str" : "71000000010318",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010318",
      "created_at" : "Mon Mar 18 07:24:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @charles_diffengine: Quietly proud. The letter to Charles finally reads the way I hear it in my head.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010317"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/m5n6dxav2n",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "30",
      "id_str" : "71000000010317",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010317",
      "created_at" : "Mon Mar 18 19:59:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The Analytical Engine does not originate anything; it does whatever we know how to order it to weave. https://t.co/m5n6dxav2n",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010316"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "3",
      "id_str" : "71000000010316",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010316",
      "created_at" : "Mon Mar 18 23:37:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference between a mill and a calculator is the difference between a poem and a arguments about funding.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010315"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "41",
      "id_str" : "71000000010315",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010315",
      "created_at" : "Mon Mar 18 02:35:00 +0000 2025",
      "favorited" : false,
      "full_text" : "I would rather debug a store by candlelight than sit through another society ball.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010314"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "17",
      "id_str" : "71000000010314",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010314",
      "created_at" : "Mon Mar 18 18:07:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the Analytical Engine could compose music, would it prefer a sonata or a waltz?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010313"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "46",
      "id_str" : "71000000010313",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010313",
      "created_at" : "Mon Mar 18 03:18:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning plan: tea, a recurrence, compute the translation, more tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010312"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "22",
      "id_str" : "71000000010312",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010312",
      "created_at" : "Mon Mar 18 14:09:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Spent the weekend translating notes on the loom. My footnotes are now longer than the paper. #notes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010311"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "3",
      "id_str" : "71000000010311",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010311",
      "created_at" : "Mon Mar 18 19:43:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The mill does not originate anything; it does whatever we know how to order it to iterate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010310"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "10",
      "id_str" : "71000000010310",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010310",
      "created_at" : "Mon Mar 18 02:16:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The punched cards for Bernoulli numbers are done. Victory!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010309"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "8",
      "id_str" : "71000000010309",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010309",
      "created_at" : "Mon Mar 18 15:36:00 +0000 2025",
      "favorited" : false,
      "full_text" : "New draft of my table of operations is up. It has twelve diagrams and one very tired author.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010308"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "2",
      "id_str" : "71000000010308",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010308",
      "created_at" : "Mon Mar 18 19:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's note G: a table of twelve steps to compute the cycle of operations. Tea required. #engines",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010307"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "25",
      "id_str" : "71000000010307",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010307",
      "created_at" : "Mon Mar 18 03:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "What a day. The notes finally reads the way I hear it in my head.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010306"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "17",
      "id_str" : "71000000010306",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010306",
      "created_at" : "Mon Mar 18 08:42:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Thinking about how symbolic logic and music are both patterns in time. The Analytical Engine agrees.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010305"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "27",
      "id_str" : "71000000010305",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010305",
      "created_at" : "Mon Mar 18 02:04:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the loom could compose music, would it prefer a fugue or a waltz?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010304"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "14",
      "id_str" : "71000000010304",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010304",
      "created_at" : "Mon Mar 18 11:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Spent the whole afternoon translating notes on the difference engine. My footnotes are now longer than the paper.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010303"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000010303",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010303",
      "created_at" : "Mon Mar 18 16:28:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Mathematics is the language in which the difference engine writes its memoir.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010302"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "47",
      "id_str" : "71000000010302",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010302",
      "created_at" : "Mon Mar 17 08:26:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@charles_diffengine If the difference engine could compose music, would it prefer a sonata or a fugue?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000178",
      "in_reply_to_screen_name" : "charles_diffengine",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010301"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "1",
      "id_str" : "71000000010301",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010301",
      "created_at" : "Mon Mar 17 05:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Small joy: a proof about algebra that fits on one card. #poeticalscience",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010300"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000010300",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010300",
      "created_at" : "Mon Mar 17 09:38:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @charles_diffengine: Hot take: notation needs more imagination and fewer opinions about corsets.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010299"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000010299",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010299",
      "created_at" : "Mon Mar 17 00:35:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@mary_somerset_dev Small joy: a proof about analysis that fits on one card.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000181",
      "in_reply_to_screen_name" : "mary_somerset_dev",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010298"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "33",
      "id_str" : "71000000010298",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010298",
      "created_at" : "Mon Mar 17 03:32:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the Analytical Engine could compose music, would it prefer a fugue or a waltz?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010297"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "41",
      "id_str" : "71000000010297",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010297",
      "created_at" : "Mon Mar 17 04:22:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning plan: tea, the cycle of operations, annotate the memoir, more tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010296"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "0",
      "id_str" : "71000000010296",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010296",
      "created_at" : "Mon Mar 17 06:10:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Thinking about how algebra and music are both patterns in time. The mill agrees.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010295"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "10",
      "id_str" : "71000000010295",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010295",
      "created_at" : "Mon Mar 17 15:39:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that prime tables is beautiful &amp; you are allowed to annotate it slowly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010294"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "19",
      "id_str" : "71000000010294",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010294",
      "created_at" : "Mon Mar 17 15:29:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference between a loom and a calculator is the difference between a poem and a arguments about funding.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010293"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/dc9gs8er5t",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "39",
      "id_str" : "71000000010293",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010293",
      "created_at" : "Mon Mar 17 18:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that a series expansion is beautiful and you are allowed to revise it slowly. #notes https://t.co/dc9gs8er5t",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010292"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "36",
      "id_str" : "71000000010292",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010292",
      "created_at" : "Mon Mar 17 00:10:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Spent the whole afternoon translating notes on the Analytical Engine. My footnotes are now longer than the paper.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010291"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/mxbeq77hm9",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000010291",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010291",
      "created_at" : "Mon Mar 17 02:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "New draft of my table of operations is up. It has forty diagrams and one very tired author. https://t.co/mxbeq77hm9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010290"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "45",
      "id_str" : "71000000010290",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010290",
      "created_at" : "Mon Mar 17 13:36:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that a recurrence is beautiful and you are allowed to unroll it slowly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010289"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000010289",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010289",
      "created_at" : "Mon Mar 17 02:52:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @charles_diffengine: Whoever invented forms never had to meet a deadline at sea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010288"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "1",
      "id_str" : "71000000010288",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010288",
      "created_at" : "Mon Mar 17 11:42:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Small joy: a proof about mathematics that fits on one card.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010287"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "32",
      "id_str" : "71000000010287",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010287",
      "created_at" : "Mon Mar 17 20:11:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@grace_hopsalot The Analytical Engine does not originate anything; it does whatever we know how to order it to compute. 🌙",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000193",
      "in_reply_to_screen_name" : "grace_hopsalot",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010286"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "15",
      "id_str" : "71000000010286",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010286",
      "created_at" : "Mon Mar 17 17:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning plan: tea, Bernoulli numbers, perform the translation, more tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010285"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "17",
      "id_str" : "71000000010285",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010285",
      "created_at" : "Mon Mar 17 11:56:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Exhausted and delighted. The memoir finally reads the way I hear it in my head.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010284"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "25",
      "id_str" : "71000000010284",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010284",
      "created_at" : "Mon Mar 16 03:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference between a store and a calculator is the difference between a poem and a committees.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010283"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "42",
      "id_str" : "71000000010283",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010283",
      "created_at" : "Mon Mar 16 21:09:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Spent the whole afternoon translating notes on the store. My footnotes are now longer than the paper.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010282"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "11",
      "id_str" : "71000000010282",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010282",
      "created_at" : "Mon Mar 16 06:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Mathematics is the language in which the loom writes its notes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010281"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "23",
      "id_str" : "71000000010281",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010281",
      "created_at" : "Mon Mar 16 12:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @charles_diffengine: It's easier to ask forgiveness than it is to get a signature.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010280"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "9",
      "id_str" : "71000000010280",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010280",
      "created_at" : "Mon Mar 16 21:36:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mary_somerset_dev: Debugging payroll system again. The typo was in the punch card, as always. 🍺",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010279"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "23",
      "id_str" : "71000000010279",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010279",
      "created_at" : "Mon Mar 16 00:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Poetical science is just symbolic logic with better metaphors. ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010278"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "46",
      "id_str" : "71000000010278",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010278",
      "created_at" : "Mon Mar 16 19:42:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that a recurrence is beautiful and you are allowed to revise it slowly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010277"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "11",
      "id_str" : "71000000010277",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010277",
      "created_at" : "Mon Mar 16 02:28:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Small joy: a proof about computation that fits on one card.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010276"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000010276",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010276",
      "created_at" : "Mon Mar 16 00:36:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Someone asked what my Analytical Engine is for. Everything, eventually. 🫖",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010275"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ka7fswqu4m",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "3",
      "id_str" : "71000000010275",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010275",
      "created_at" : "Mon Mar 16 20:27:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The punched cards for a series expansion are done. Exhausted and delighted. https://t.co/ka7fswqu4m",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010274"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "48",
      "id_str" : "71000000010274",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010274",
      "created_at" : "Mon Mar 16 17:23:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@mary_somerset_dev Morning plan: tea, the cycle of operations, revise the notes, more tea.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000206",
      "in_reply_to_screen_name" : "mary_somerset_dev",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010273"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "15",
      "id_str" : "71000000010273",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010273",
      "created_at" : "Mon Mar 16 16:33:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @charles_diffengine: Shipped a fix for the mainframe and celebrated with a saison.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010272"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "43",
      "id_str" : "71000000010272",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010272",
      "created_at" : "Mon Mar 16 15:55:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @charles_diffengine: A loop is a promise you make to the store: I will revise this again, and again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010271"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "33",
      "id_str" : "71000000010271",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010271",
      "created_at" : "Mon Mar 16 11:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Small joy: a proof about notation that fits on one card.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010270"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "48",
      "id_str" : "71000000010270",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010270",
      "created_at" : "Mon Mar 16 00:03:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Poetical science is just mathematics with better metaphors.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010269"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000010269",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010269",
      "created_at" : "Mon Mar 16 09:21:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the difference engine could compose music, would it prefer a sonata or a hymn?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010268"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000010268",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010268",
      "created_at" : "Mon Mar 16 16:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Victory! The notes finally reads the way I hear it in my head.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010267"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "36",
      "id_str" : "71000000010267",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010267",
      "created_at" : "Mon Mar 16 22:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's note G: a table of forty steps to compute Bernoulli numbers. Tea required.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010266"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/cdxwk6z276",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "19",
      "id_str" : "71000000010266",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010266",
      "created_at" : "Mon Mar 15 06:50:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Small joy: a proof about analysis that fits on one card. https://t.co/cdxwk6z276",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010265"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "46",
      "id_str" : "71000000010265",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010265",
      "created_at" : "Mon Mar 15 22:28:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@grace_hopsalot Every notation problem is a weaving problem if you squint at the store long enough.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000215",
      "in_reply_to_screen_name" : "grace_hopsalot",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010264"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "4",
      "id_str" : "71000000010264",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010264",
      "created_at" : "Mon Mar 15 17:55:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Kept the lamp on until dawn working through prime tables. Worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010263"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "22",
      "id_str" : "71000000010263",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010263",
      "created_at" : "Mon Mar 15 18:26:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@charles_diffengine Today's note G: a table of twelve steps to compute prime tables. Tea required. 🫖",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000217",
      "in_reply_to_screen_name" : "charles_diffengine",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010262"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/4rrbcq7b9n",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "11",
      "id_str" : "71000000010262",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010262",
      "created_at" : "Mon Mar 15 12:10:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Hot take: algebra needs more imagination and fewer unfinished gears. https://t.co/4rrbcq7b9n",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010261"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/2r8mhfpz4p",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000010261",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010261",
      "created_at" : "Mon Mar 15 10:08:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The loom does not originate anything; it does whatever we know how to order it to perform. 🫖 https://t.co/2r8mhfpz4p",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010260"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ezctatd4n3",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "43",
      "id_str" : "71000000010260",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010260",
      "created_at" : "Mon Mar 15 03:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the store could compose music, would it prefer a waltz or a fugue? https://t.co/ezctatd4n3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010259"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "13",
      "id_str" : "71000000010259",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010259",
      "created_at" : "Mon Mar 15 13:28:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@charles_diffengine If the engine could compose music, would it prefer a hymn or a hymn? 📜",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000221",
      "in_reply_to_screen_name" : "charles_diffengine",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010258"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000010258",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010258",
      "created_at" : "Mon Mar 15 15:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Every computation problem is a weaving problem if you squint at the difference engine long enough.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010257"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "40",
      "id_str" : "71000000010257",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010257",
      "created_at" : "Mon Mar 15 05:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "I would rather debug a Analytical Engine by candlelight than sit through another committee meeting.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010256"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "10",
      "id_str" : "71000000010256",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010256",
      "created_at" : "Mon Mar 15 03:07:00 +0000 2025",
      "favorited" : false,
      "full_text" : "I would rather debug a difference engine by candlelight than sit through another dinner party.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010255"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "3",
      "id_str" : "71000000010255",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010255",
      "created_at" : "Mon Mar 15 18:21:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Every algebra problem is a weaving problem if you squint at the store long enough. #notes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010254"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "13",
      "id_str" : "71000000010254",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010254",
      "created_at" : "Mon Mar 15 10:38:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Mathematics is the language in which the store writes its letter to Charles.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010253"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "8",
      "id_str" : "71000000010253",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010253",
      "created_at" : "Mon Mar 15 06:56:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The store does not originate anything; it does whatever we know how to order it to compute. #poeticalscience",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010252"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "46",
      "id_str" : "71000000010252",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010252",
      "created_at" : "Mon Mar 15 07:08:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@grace_hopsalot I would rather debug a mill by candlelight than sit through another lecture on phrenology.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000228",
      "in_reply_to_screen_name" : "grace_hopsalot",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010251"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/2xpymc8m8c",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "34",
      "id_str" : "71000000010251",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010251",
      "created_at" : "Mon Mar 15 22:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference engine does not originate anything; it does whatever we know how to order it to perform. https://t.co/2xpymc8m8c",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010250"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "17",
      "id_str" : "71000000010250",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010250",
      "created_at" : "Mon Mar 15 20:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "New draft of my letter to Charles is up. It has forty diagrams and one very tired author. 🌙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010249"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000010249",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010249",
      "created_at" : "Mon Mar 15 14:50:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Thinking about how analysis and music are both patterns in time. The store agrees. #maths",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010248"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/pauyrcmtf5",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "10",
      "id_str" : "71000000010248",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010248",
      "created_at" : "Mon Mar 14 09:29:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The engine does not originate anything; it does whatever we know how to order it to annotate. #notes https://t.co/pauyrcmtf5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010247"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "34",
      "id_str" : "71000000010247",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010247",
      "created_at" : "Mon Mar 14 09:41:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Hot take: mathematics needs more imagination and fewer opinions about corsets. #maths",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010246"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "49",
      "id_str" : "71000000010246",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010246",
      "created_at" : "Mon Mar 14 21:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @grace_hopsalot: Brewing a new batch of lager this weekend. The recipe is basically a assembly program. ⏱️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010245"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "33",
      "id_str" : "71000000010245",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010245",
      "created_at" : "Mon Mar 14 13:15:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Hot take: analysis needs more imagination and fewer committees.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010244"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "17",
      "id_str" : "71000000010244",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010244",
      "created_at" : "Mon Mar 14 15:35:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Thinking about how computation and music are both patterns in time. The store agrees.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010243"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000010243",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010243",
      "created_at" : "Mon Mar 14 23:24:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the store could compose music, would it prefer a fugue or a hymn? 🌙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010242"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000010242",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010242",
      "created_at" : "Mon Mar 14 02:47:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning plan: tea, Bernoulli numbers, unroll the notes, more tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010241"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "11",
      "id_str" : "71000000010241",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010241",
      "created_at" : "Mon Mar 14 15:03:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Kept the lamp on until midnight working through a series expansion. Worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010240"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "35",
      "id_str" : "71000000010240",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010240",
      "created_at" : "Mon Mar 14 23:58:00 +0000 2025",
      "favorited" : false,
      "full_text" : "I would rather debug a difference engine by candlelight than sit through another society ball. 📜",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010239"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/p8zryqzdrr",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "14",
      "id_str" : "71000000010239",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010239",
      "created_at" : "Mon Mar 14 06:13:00 +0000 2025",
      "favorited" : false,
      "full_text" : "New draft of my letter to Charles is up. It has seven diagrams and one very tired author. https://t.co/p8zryqzdrr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010238"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "1",
      "id_str" : "71000000010238",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010238",
      "created_at" : "Mon Mar 14 20:03:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The mill does not originate anything; it does whatever we know how to order it to compute.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010237"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000010237",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010237",
      "created_at" : "Mon Mar 14 15:25:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The punched cards for Bernoulli numbers are done. Victory! 🫖",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010236"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "4",
      "id_str" : "71000000010236",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010236",
      "created_at" : "Mon Mar 14 22:25:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Victory! The letter to Charles finally reads the way I hear it in my head. #maths",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010235"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "1",
      "id_str" : "71000000010235",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010235",
      "created_at" : "Mon Mar 14 17:45:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's note G: a table of twelve steps to compute a series expansion. Tea required. #maths",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010234"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "27",
      "id_str" : "71000000010234",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010234",
      "created_at" : "Mon Mar 14 15:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A loop is a promise you make to the mill: I will perform this again, and again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010233"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000010233",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010233",
      "created_at" : "Mon Mar 14 03:38:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Hot take: notation needs more imagination and fewer committees.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010232"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000010232",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010232",
      "created_at" : "Mon Mar 14 09:17:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Mathematics is the language in which the engine writes its notes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010231"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "29",
      "id_str" : "71000000010231",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010231",
      "created_at" : "Mon Mar 13 17:40:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that the cycle of operations is beautiful and you are allowed to unroll it slowly. 🌙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010230"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/paxfuuwvz3",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "36",
      "id_str" : "71000000010230",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010230",
      "created_at" : "Mon Mar 13 06:15:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The mill does not originate anything; it does whatever we know how to order it to weave. https://t.co/paxfuuwvz3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010229"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "21",
      "id_str" : "71000000010229",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010229",
      "created_at" : "Mon Mar 13 18:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Every symbolic logic problem is a weaving problem if you squint at the engine long enough. 🫖",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010228"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "9",
      "id_str" : "71000000010228",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010228",
      "created_at" : "Mon Mar 13 17:54:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @charles_diffengine: The the captains asked why I keep a clock that runs counterclockwise. Because it makes people ask questions.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010227"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "27",
      "id_str" : "71000000010227",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010227",
      "created_at" : "Mon Mar 13 16:17:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @grace_hopsalot: Reminder that a series expansion is beautiful and you are allowed to compute it slowly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010226"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "40",
      "id_str" : "71000000010226",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010226",
      "created_at" : "Mon Mar 13 16:17:00 +0000 2025",
      "favorited" : false,
      "full_text" : "I would rather debug a Analytical Engine by candlelight than sit through another dinner party.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010225"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "34",
      "id_str" : "71000000010225",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010225",
      "created_at" : "Mon Mar 13 04:16:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A loop is a promise you make to the store: I will iterate this again, and again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010224"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "8",
      "id_str" : "71000000010224",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010224",
      "created_at" : "Mon Mar 13 05:12:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Hot take: algebra needs more imagination and fewer opinions about corsets. #engines",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010223"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "13",
      "id_str" : "71000000010223",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010223",
      "created_at" : "Mon Mar 13 21:07:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@charles_diffengine Thinking about how mathematics and music are both patterns in time. The difference engine agrees.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000257",
      "in_reply_to_screen_name" : "charles_diffengine",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010222"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "37",
      "id_str" : "71000000010222",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010222",
      "created_at" : "Mon Mar 13 11:26:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Spent the morning translating notes on the difference engine. My footnotes are now longer than the paper.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010221"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000010221",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010221",
      "created_at" : "Mon Mar 13 20:07:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Mathematics is the language in which the engine writes its notes. 🔁",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010220"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "43",
      "id_str" : "71000000010220",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010220",
      "created_at" : "Mon Mar 13 19:01:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Quietly proud. The translation finally reads the way I hear it in my head.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010219"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "16",
      "id_str" : "71000000010219",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010219",
      "created_at" : "Mon Mar 13 10:20:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Poetical science is just notation with better metaphors. #notes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010218"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000010218",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010218",
      "created_at" : "Mon Mar 13 06:42:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Spent the morning translating notes on the engine. My footnotes are now longer than the paper.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010217"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "34",
      "id_str" : "71000000010217",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010217",
      "created_at" : "Mon Mar 13 16:27:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @grace_hopsalot: Morning plan: tea, prime tables, iterate the letter to Charles, more tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010216"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "10",
      "id_str" : "71000000010216",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010216",
      "created_at" : "Mon Mar 13 06:12:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@grace_hopsalot Spent the weekend translating notes on the loom. My footnotes are now longer than the paper.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000264",
      "in_reply_to_screen_name" : "grace_hopsalot",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010215"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "10",
      "id_str" : "71000000010215",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010215",
      "created_at" : "Mon Mar 13 14:12:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Kept the lamp on until two in the morning working through Bernoulli numbers. Worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010214"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000010214",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010214",
      "created_at" : "Mon Mar 13 05:57:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Hot take: notation needs more imagination and fewer committees. #poeticalscience",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010213"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "17",
      "id_str" : "71000000010213",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010213",
      "created_at" : "Mon Mar 12 23:07:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The store does not originate anything; it does whatever we know how to order it to annotate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010212"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "13",
      "id_str" : "71000000010212",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010212",
      "created_at" : "Mon Mar 12 15:18:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Mathematics is the language in which the Analytical Engine writes its letter to Charles. 🌙 #maths",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010211"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "0",
      "id_str" : "71000000010211",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010211",
      "created_at" : "Mon Mar 12 01:48:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@charles_diffengine A loop is a promise you make to the engine: I will perform this again, and again.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000269",
      "in_reply_to_screen_name" : "charles_diffengine",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010210"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "27",
      "id_str" : "71000000010210",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010210",
      "created_at" : "Mon Mar 12 11:54:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Someone asked what my mill is for. Everything, eventually.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010209"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "41",
      "id_str" : "71000000010209",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010209",
      "created_at" : "Mon Mar 12 23:12:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mary_somerset_dev: The the committee asked why I keep a clock that runs counterclockwise. Because it makes people ask questions.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010208"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "11",
      "id_str" : "71000000010208",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010208",
      "created_at" : "Mon Mar 12 15:50:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Every symbolic logic problem is a weaving problem if you squint at the engine long enough.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010207"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "34",
      "id_str" : "71000000010207",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010207",
      "created_at" : "Mon Mar 12 02:59:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning plan: tea, prime tables, revise the translation, more tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010206"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "5",
      "id_str" : "71000000010206",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010206",
      "created_at" : "Mon Mar 12 09:39:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The store does not originate anything; it does whatever we know how to order it to iterate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010205"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "31",
      "id_str" : "71000000010205",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010205",
      "created_at" : "Mon Mar 12 19:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "I would rather debug a store by candlelight than sit through another dinner party.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010204"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "16",
      "id_str" : "71000000010204",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010204",
      "created_at" : "Mon Mar 12 14:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that the cycle of operations is beautiful &amp; you are allowed to weave it slowly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010203"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "27",
      "id_str" : "71000000010203",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010203",
      "created_at" : "Mon Mar 12 12:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Kept the lamp on until midnight working through a recurrence. Worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010202"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "4"
      ],
      "favorite_count" : "42",
      "id_str" : "71000000010202",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010202",
      "created_at" : "Mon Mar 12 17:31:00 +0000 2025",
      "favorited" : false,
      "full_text" : "tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010201"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/9fmrd4mzan",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "33",
      "id_str" : "71000000010201",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010201",
      "created_at" : "Mon Mar 12 09:03:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Mathematics is the language in which the difference engine writes its notes. https://t.co/9fmrd4mzan",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010200"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000010200",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010200",
      "created_at" : "Mon Mar 12 17:22:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Hot take: algebra needs more imagination and fewer committees.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010199"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "16",
      "id_str" : "71000000010199",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010199",
      "created_at" : "Mon Mar 12 07:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@mary_somerset_dev Spent the evening translating notes on the store. My footnotes are now longer than the paper. 📜",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000281",
      "in_reply_to_screen_name" : "mary_somerset_dev",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010198"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "10",
      "id_str" : "71000000010198",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010198",
      "created_at" : "Mon Mar 12 13:59:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning plan: tea, a recurrence, unroll the table of operations, more tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010197"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "31",
      "id_str" : "71000000010197",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010197",
      "created_at" : "Mon Mar 12 22:18:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The punched cards for a recurrence are done. Onwards.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010196"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000010196",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010196",
      "created_at" : "Mon Mar 12 23:38:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Hot take: mathematics needs more imagination and fewer unfinished gears.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010195"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000010195",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010195",
      "created_at" : "Mon Mar 11 10:02:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Mathematics is the language in which the Analytical Engine writes its letter to Charles.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010194"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "0",
      "id_str" : "71000000010194",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010194",
      "created_at" : "Mon Mar 11 00:57:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Hot take: algebra needs more imagination and fewer arguments about funding.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010193"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "15",
      "id_str" : "71000000010193",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010193",
      "created_at" : "Mon Mar 11 10:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Quietly proud. The letter to Charles finally reads the way I hear it in my head.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010192"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "43",
      "id_str" : "71000000010192",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010192",
      "created_at" : "Mon Mar 11 16:28:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Mathematics is the language in which the engine writes its letter to Charles. ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010191"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/y3suusa9y5",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "45",
      "id_str" : "71000000010191",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010191",
      "created_at" : "Mon Mar 11 10:02:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Every symbolic logic problem is a weaving problem if you squint at the engine long enough. 📜 https://t.co/y3suusa9y5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010190"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000010190",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010190",
      "created_at" : "Mon Mar 11 22:10:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Poetical science is just computation with better metaphors. 🫖",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010189"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "44",
      "id_str" : "71000000010189",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010189",
      "created_at" : "Mon Mar 11 04:25:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the difference engine could compose music, would it prefer a fugue or a sonata?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010188"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "44",
      "id_str" : "71000000010188",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010188",
      "created_at" : "Mon Mar 11 12:21:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A loop is a promise you make to the loom: I will annotate this again, and again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010187"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "41",
      "id_str" : "71000000010187",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010187",
      "created_at" : "Mon Mar 11 22:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's note G: a table of seven steps to compute the cycle of operations. Tea required.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010186"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "49",
      "id_str" : "71000000010186",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010186",
      "created_at" : "Mon Mar 11 02:20:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @charles_diffengine: Shipped a fix for the mainframe &amp; celebrated with a lager.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010185"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "19",
      "id_str" : "71000000010185",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010185",
      "created_at" : "Mon Mar 11 22:43:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Thinking about how mathematics and music are both patterns in time. The store agrees. ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010184"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000010184",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010184",
      "created_at" : "Mon Mar 11 15:01:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mary_somerset_dev: Found a loose wire in relay forty-two today. Taped it into the logbook. First actual case of a bug being found.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010183"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "43",
      "id_str" : "71000000010183",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010183",
      "created_at" : "Mon Mar 11 09:55:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Every notation problem is a weaving problem if you squint at the store long enough.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010182"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "44",
      "id_str" : "71000000010182",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010182",
      "created_at" : "Mon Mar 11 14:13:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The punched cards for prime tables are done. Quietly proud. 🌙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010181"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "2",
      "id_str" : "71000000010181",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010181",
      "created_at" : "Mon Mar 11 05:40:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A loop is a promise you make to the engine: I will iterate this again, and again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010180"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "4",
      "id_str" : "71000000010180",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010180",
      "created_at" : "Mon Mar 11 04:32:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that the cycle of operations is beautiful and you are allowed to perform it slowly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010179"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "9",
      "id_str" : "71000000010179",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010179",
      "created_at" : "Mon Mar 11 02:07:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@mary_somerset_dev Spent the night translating notes on the loom. My footnotes are now longer than the paper. ✨",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000301",
      "in_reply_to_screen_name" : "mary_somerset_dev",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010178"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000010178",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010178",
      "created_at" : "Mon Mar 11 21:07:00 +0000 2025",
      "favorited" : false,
      "full_text" : "I would rather debug a engine by candlelight than sit through another committee meeting.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010177"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000010177",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010177",
      "created_at" : "Mon Mar 10 09:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @charles_diffengine: Humans are allergic to change. FLOW-MATIC is my allergy shot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010176"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "35",
      "id_str" : "71000000010176",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010176",
      "created_at" : "Mon Mar 10 08:56:00 +0000 2025",
      "favorited" : false,
      "full_text" : "I would rather debug a difference engine by candlelight than sit through another lecture on phrenology. 🔁",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010175"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000010175",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010175",
      "created_at" : "Mon Mar 10 12:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference engine does not originate anything; it does whatever we know how to order it to annotate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010174"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "42",
      "id_str" : "71000000010174",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010174",
      "created_at" : "Mon Mar 10 01:45:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@charles_diffengine New draft of my table of operations is up. It has a hundred diagrams and one very tired author.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000306",
      "in_reply_to_screen_name" : "charles_diffengine",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010173"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "4",
      "id_str" : "71000000010173",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010173",
      "created_at" : "Mon Mar 10 04:02:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mary_somerset_dev: The difference between a engine and a calculator is the difference between a poem and a opinions about corsets.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010172"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000010172",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010172",
      "created_at" : "Mon Mar 10 10:18:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Mathematics is the language in which the mill writes its translation. #maths",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010171"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000010171",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010171",
      "created_at" : "Mon Mar 10 14:45:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@mary_somerset_dev A loop is a promise you make to the difference engine: I will compute this again, and again.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000309",
      "in_reply_to_screen_name" : "mary_somerset_dev",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010170"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000010170",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010170",
      "created_at" : "Mon Mar 10 13:55:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mary_somerset_dev: New draft of my memoir is up. It has a hundred diagrams and one very tired author.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010169"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "40",
      "id_str" : "71000000010169",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010169",
      "created_at" : "Mon Mar 10 11:57:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Onwards. The translation finally reads the way I hear it in my head. 🔁",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010168"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "22",
      "id_str" : "71000000010168",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010168",
      "created_at" : "Mon Mar 10 22:23:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@mary_somerset_dev If the mill could compose music, would it prefer a sonata or a fugue?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000312",
      "in_reply_to_screen_name" : "mary_somerset_dev",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010167"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "25",
      "id_str" : "71000000010167",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010167",
      "created_at" : "Mon Mar 10 01:19:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@mary_somerset_dev Mathematics is the language in which the store writes its memoir.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000313",
      "in_reply_to_screen_name" : "mary_somerset_dev",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010166"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "16",
      "id_str" : "71000000010166",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010166",
      "created_at" : "Mon Mar 10 03:12:00 +0000 2025",
      "favorited" : false,
      "full_text" : "New draft of my memoir is up. It has twelve diagrams and one very tired author. 🌙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010165"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "5",
      "id_str" : "71000000010165",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010165",
      "created_at" : "Mon Mar 10 19:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The Analytical Engine does not originate anything; it does whatever we know how to order it to weave.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010164"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "29",
      "id_str" : "71000000010164",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010164",
      "created_at" : "Mon Mar 10 09:55:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Mathematics is the language in which the engine writes its memoir.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010163"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "14",
      "id_str" : "71000000010163",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010163",
      "created_at" : "Mon Mar 10 20:41:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@mary_somerset_dev Spent the whole afternoon translating notes on the store. My footnotes are now longer than the paper.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000317",
      "in_reply_to_screen_name" : "mary_somerset_dev",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010162"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000010162",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010162",
      "created_at" : "Mon Mar 10 18:29:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Every mathematics problem is a weaving problem if you squint at the difference engine long enough.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010161"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000010161",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010161",
      "created_at" : "Mon Mar 10 00:18:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mary_somerset_dev: Every notation problem is a weaving problem if you squint at the engine long enough.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010160"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "10",
      "id_str" : "71000000010160",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010160",
      "created_at" : "Mon Mar 10 18:11:00 +0000 2025",
      "favorited" : false,
      "full_text" : "I would rather debug a difference engine by candlelight than sit through another society ball.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010159"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "30",
      "id_str" : "71000000010159",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010159",
      "created_at" : "Mon Mar 09 16:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Every symbolic logic problem is a weaving problem if you squint at the store long enough.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010158"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "27",
      "id_str" : "71000000010158",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010158",
      "created_at" : "Mon Mar 09 08:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Victory! The memoir finally reads the way I hear it in my head.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010157"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "48",
      "id_str" : "71000000010157",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010157",
      "created_at" : "Mon Mar 09 19:42:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The loom does not originate anything; it does whatever we know how to order it to iterate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010156"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "41",
      "id_str" : "71000000010156",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010156",
      "created_at" : "Mon Mar 09 02:04:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the difference engine could compose music, would it prefer a sonata or a sonata?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010155"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "28",
      "id_str" : "71000000010155",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010155",
      "created_at" : "Mon Mar 09 09:57:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The punched cards for prime tables are done. Onwards.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010154"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "1",
      "id_str" : "71000000010154",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010154",
      "created_at" : "Mon Mar 09 14:41:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that a series expansion is beautiful and you are allowed to compute it slowly. #poeticalscience",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010153"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "4",
      "id_str" : "71000000010153",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010153",
      "created_at" : "Mon Mar 09 05:31:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @charles_diffengine: Poetical science is just symbolic logic with better metaphors.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010152"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "42",
      "id_str" : "71000000010152",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010152",
      "created_at" : "Mon Mar 09 03:17:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning plan: tea, prime tables, unroll the letter to Charles, more tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010151"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "23",
      "id_str" : "71000000010151",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010151",
      "created_at" : "Mon Mar 09 22:43:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning plan: tea, a series expansion, revise the table of operations, more tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010150"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "7",
      "id_str" : "71000000010150",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010150",
      "created_at" : "Mon Mar 09 04:29:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Kept the lamp on until midnight working through a recurrence. Worth it. #engines",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010149"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/cfv2rrfdz2",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000010149",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010149",
      "created_at" : "Mon Mar 09 01:56:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Thinking about how symbolic logic &amp; music are both patterns in time. The mill agrees. https://t.co/cfv2rrfdz2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010148"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "35",
      "id_str" : "71000000010148",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010148",
      "created_at" : "Mon Mar 09 15:15:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Thinking about how notation and music are both patterns in time. The engine agrees.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010147"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "7"
      ],
      "favorite_count" : "21",
      "id_str" : "71000000010147",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010147",
      "created_at" : "Mon Mar 09 12:43:00 +0000 2025",
      "favorited" : false,
      "full_text" : "onwards",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010146"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/vhukk5u6ny",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "14",
      "id_str" : "71000000010146",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010146",
      "created_at" : "Mon Mar 09 20:36:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A loop is a promise you make to the mill: I will weave this again, and again. https://t.co/vhukk5u6ny",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010145"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "4",
      "id_str" : "71000000010145",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010145",
      "created_at" : "Mon Mar 09 13:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The punched cards for the cycle of operations are done. Victory!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010144"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/8625tx2agr",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "7",
      "id_str" : "71000000010144",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010144",
      "created_at" : "Mon Mar 09 22:24:00 +0000 2025",
      "favorited" : false,
      "full_text" : "New draft of my notes is up. It has 25 diagrams and one very tired author. https://t.co/8625tx2agr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010143"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/uhxx3neuqs",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "39",
      "id_str" : "71000000010143",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010143",
      "created_at" : "Mon Mar 09 05:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Hot take: algebra needs more imagination and fewer opinions about corsets. #maths https://t.co/uhxx3neuqs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010142"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "0",
      "id_str" : "71000000010142",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010142",
      "created_at" : "Mon Mar 08 11:14:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the difference engine could compose music, would it prefer a fugue or a hymn?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010141"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/n8a6x4x94x",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000010141",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010141",
      "created_at" : "Mon Mar 08 00:28:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the difference engine could compose music, would it prefer a fugue or a sonata? https://t.co/n8a6x4x94x",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010140"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "42",
      "id_str" : "71000000010140",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010140",
      "created_at" : "Mon Mar 08 13:59:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@mary_somerset_dev Kept the lamp on until two in the morning working through Bernoulli numbers. Worth it.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000340",
      "in_reply_to_screen_name" : "mary_somerset_dev",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010139"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/uhy8ezvp73",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "21",
      "id_str" : "71000000010139",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010139",
      "created_at" : "Mon Mar 08 15:37:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The Analytical Engine does not originate anything; it does whatever we know how to order it to compute. https://t.co/uhy8ezvp73",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010138"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "21",
      "id_str" : "71000000010138",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010138",
      "created_at" : "Mon Mar 08 15:50:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Every algebra problem is a weaving problem if you squint at the difference engine long enough. #maths",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010137"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "0",
      "id_str" : "71000000010137",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010137",
      "created_at" : "Mon Mar 08 18:37:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Kept the lamp on until dawn working through prime tables. Worth it. #maths",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010136"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "45",
      "id_str" : "71000000010136",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010136",
      "created_at" : "Mon Mar 08 01:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning plan: tea, Bernoulli numbers, perform the letter to Charles, more tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010135"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000010135",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010135",
      "created_at" : "Mon Mar 08 23:23:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@mary_somerset_dev If the mill could compose music, would it prefer a hymn or a sonata?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000345",
      "in_reply_to_screen_name" : "mary_somerset_dev",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010134"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/dafv23ryza",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "46",
      "id_str" : "71000000010134",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010134",
      "created_at" : "Mon Mar 08 15:28:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference between a loom and a calculator is the difference between a poem and a opinions about corsets. #notes https://t.co/dafv23ryza",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010133"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "24",
      "id_str" : "71000000010133",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010133",
      "created_at" : "Mon Mar 08 00:41:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the mill could compose music, would it prefer a sonata or a hymn? ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010132"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "43",
      "id_str" : "71000000010132",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010132",
      "created_at" : "Mon Mar 08 07:26:00 +0000 2025",
      "favorited" : false,
      "full_text" : "New draft of my letter to Charles is up. It has seven diagrams &amp; one very tired author.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010131"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "6",
      "id_str" : "71000000010131",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010131",
      "created_at" : "Mon Mar 08 14:33:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the loom could compose music, would it prefer a hymn or a hymn? #poeticalscience",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010130"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000010130",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010130",
      "created_at" : "Mon Mar 08 00:27:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Thinking about how computation and music are both patterns in time. The loom agrees.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010129"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "36",
      "id_str" : "71000000010129",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010129",
      "created_at" : "Mon Mar 08 19:04:00 +0000 2025",
      "favorited" : false,
      "full_text" : "New draft of my notes is up. It has 25 diagrams and one very tired author.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010128"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/7m534z387n",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "49",
      "id_str" : "71000000010128",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010128",
      "created_at" : "Mon Mar 08 15:24:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Kept the lamp on until dawn working through Bernoulli numbers. Worth it. https://t.co/7m534z387n",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010127"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "14",
      "id_str" : "71000000010127",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010127",
      "created_at" : "Mon Mar 08 05:48:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A loop is a promise you make to the engine: I will compute this again, &amp; again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010126"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "3",
      "id_str" : "71000000010126",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010126",
      "created_at" : "Mon Mar 08 02:57:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Spent the night translating notes on the engine. My footnotes are now longer than the paper.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010125"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "7",
      "id_str" : "71000000010125",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010125",
      "created_at" : "Mon Mar 08 06:04:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@charles_diffengine A loop is a promise you make to the loom: I will revise this again, and again.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000355",
      "in_reply_to_screen_name" : "charles_diffengine",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010124"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "34",
      "id_str" : "71000000010124",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010124",
      "created_at" : "Mon Mar 07 03:59:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Quietly proud. The notes finally reads the way I hear it in my head. 🔁",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010123"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "7",
      "id_str" : "71000000010123",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010123",
      "created_at" : "Mon Mar 07 00:46:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning plan: tea, a series expansion, weave the memoir, more tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010122"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "9",
      "id_str" : "71000000010122",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010122",
      "created_at" : "Mon Mar 07 12:19:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning plan: tea, prime tables, perform the letter to Charles, more tea. #notes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010121"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "45",
      "id_str" : "71000000010121",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010121",
      "created_at" : "Mon Mar 07 11:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning plan: tea, prime tables, perform the table of operations, more tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010120"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "25",
      "id_str" : "71000000010120",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010120",
      "created_at" : "Mon Mar 07 22:48:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A loop is a promise you make to the difference engine: I will unroll this again, and again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010119"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "25",
      "id_str" : "71000000010119",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010119",
      "created_at" : "Mon Mar 07 07:58:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @grace_hopsalot: Today's lesson for the my students: the future belongs to those who automate the boring parts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010118"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "40",
      "id_str" : "71000000010118",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010118",
      "created_at" : "Mon Mar 07 04:33:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @grace_hopsalot: If the store could compose music, would it prefer a sonata or a fugue?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010117"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "45",
      "id_str" : "71000000010117",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010117",
      "created_at" : "Mon Mar 07 22:43:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Mathematics is the language in which the difference engine writes its letter to Charles.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010116"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "3",
      "id_str" : "71000000010116",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010116",
      "created_at" : "Mon Mar 07 10:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Spent the weekend translating notes on the loom. My footnotes are now longer than the paper.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010115"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "42",
      "id_str" : "71000000010115",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010115",
      "created_at" : "Mon Mar 07 22:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@mary_somerset_dev A loop is a promise you make to the engine: I will unroll this again, and again.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000365",
      "in_reply_to_screen_name" : "mary_somerset_dev",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010114"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "39",
      "id_str" : "71000000010114",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010114",
      "created_at" : "Mon Mar 07 22:21:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@grace_hopsalot The punched cards for a recurrence are done. Quietly proud.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000366",
      "in_reply_to_screen_name" : "grace_hopsalot",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010113"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "14",
      "id_str" : "71000000010113",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010113",
      "created_at" : "Mon Mar 07 09:59:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Thinking about how algebra and music are both patterns in time. The difference engine agrees. #poeticalscience",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010112"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000010112",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010112",
      "created_at" : "Mon Mar 07 06:54:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The punched cards for the cycle of operations are done. Exhausted and delighted.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010111"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "15",
      "id_str" : "71000000010111",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010111",
      "created_at" : "Mon Mar 07 05:15:00 +0000 2025",
      "favorited" : false,
      "full_text" : "What a day. The table of operations finally reads the way I hear it in my head.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010110"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000010110",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010110",
      "created_at" : "Mon Mar 07 07:04:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@charles_diffengine The store does not originate anything; it does whatever we know how to order it to annotate.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000370",
      "in_reply_to_screen_name" : "charles_diffengine",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010109"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "25",
      "id_str" : "71000000010109",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010109",
      "created_at" : "Mon Mar 07 05:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Thinking about how algebra and music are both patterns in time. The mill agrees. 📜",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010108"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "33",
      "id_str" : "71000000010108",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010108",
      "created_at" : "Mon Mar 07 06:10:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The punched cards for a recurrence are done. Exhausted and delighted.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010107"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "36",
      "id_str" : "71000000010107",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010107",
      "created_at" : "Mon Mar 07 05:33:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@mary_somerset_dev Hot take: notation needs more imagination and fewer arguments about funding.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000373",
      "in_reply_to_screen_name" : "mary_somerset_dev",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010106"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "0",
      "id_str" : "71000000010106",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010106",
      "created_at" : "Mon Mar 06 12:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Mathematics is the language in which the mill writes its notes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010105"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000010105",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010105",
      "created_at" : "Mon Mar 06 04:05:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Spent the night translating notes on the Analytical Engine. My footnotes are now longer than the paper. #maths",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010104"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/awkezur87c",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000010104",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010104",
      "created_at" : "Mon Mar 06 19:52:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Poetical science is just mathematics with better metaphors. #engines https://t.co/awkezur87c",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010103"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "29",
      "id_str" : "71000000010103",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010103",
      "created_at" : "Mon Mar 06 16:43:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@grace_hopsalot Hot take: analysis needs more imagination and fewer arguments about funding.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000377",
      "in_reply_to_screen_name" : "grace_hopsalot",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010102"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "15",
      "id_str" : "71000000010102",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010102",
      "created_at" : "Mon Mar 06 13:01:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning plan: tea, a recurrence, revise the notes, more tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010101"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "4",
      "id_str" : "71000000010101",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010101",
      "created_at" : "Mon Mar 06 13:45:00 +0000 2025",
      "favorited" : false,
      "full_text" : "New draft of my notes is up. It has seven diagrams and one very tired author.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010100"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "17",
      "id_str" : "71000000010100",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010100",
      "created_at" : "Mon Mar 06 20:43:00 +0000 2025",
      "favorited" : false,
      "full_text" : "I would rather debug a difference engine by candlelight than sit through another committee meeting.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010099"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "41",
      "id_str" : "71000000010099",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010099",
      "created_at" : "Mon Mar 06 22:14:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@grace_hopsalot The loom does not originate anything; it does whatever we know how to order it to unroll. 🫖",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000381",
      "in_reply_to_screen_name" : "grace_hopsalot",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010098"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "29",
      "id_str" : "71000000010098",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010098",
      "created_at" : "Mon Mar 06 03:15:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference engine does not originate anything; it does whatever we know how to order it to unroll.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010097"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "10",
      "id_str" : "71000000010097",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010097",
      "created_at" : "Mon Mar 06 04:59:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Hot take: mathematics needs more imagination and fewer opinions about corsets.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010096"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "29",
      "id_str" : "71000000010096",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010096",
      "created_at" : "Mon Mar 06 13:57:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Exhausted and delighted. The table of operations finally reads the way I hear it in my head.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010095"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "29",
      "id_str" : "71000000010095",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010095",
      "created_at" : "Mon Mar 06 02:54:00 +0000 2025",
      "favorited" : false,
      "full_text" : "What a day. The table of operations finally reads the way I hear it in my head. 🌙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010094"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "29",
      "id_str" : "71000000010094",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010094",
      "created_at" : "Mon Mar 06 11:21:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the loom could compose music, would it prefer a sonata or a sonata?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010093"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "49",
      "id_str" : "71000000010093",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010093",
      "created_at" : "Mon Mar 06 08:27:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@charles_diffengine Kept the lamp on until dawn working through prime tables. Worth it.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000387",
      "in_reply_to_screen_name" : "charles_diffengine",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010092"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "37",
      "id_str" : "71000000010092",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010092",
      "created_at" : "Mon Mar 06 00:45:00 +0000 2025",
      "favorited" : false,
      "full_text" : "New draft of my translation is up. It has forty diagrams &amp; one very tired author.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010091"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "33",
      "id_str" : "71000000010091",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010091",
      "created_at" : "Mon Mar 06 17:52:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@grace_hopsalot The Analytical Engine does not originate anything; it does whatever we know how to order it to weave. #notes",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000389",
      "in_reply_to_screen_name" : "grace_hopsalot",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010090"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "23",
      "id_str" : "71000000010090",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010090",
      "created_at" : "Mon Mar 06 09:38:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Kept the lamp on until the candle gave out working through a recurrence. Worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010089"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "15",
      "id_str" : "71000000010089",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010089",
      "created_at" : "Mon Mar 06 16:28:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Thinking about how analysis and music are both patterns in time. The store agrees. 🌙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010088"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "28",
      "id_str" : "71000000010088",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010088",
      "created_at" : "Mon Mar 05 16:50:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@grace_hopsalot I would rather debug a mill by candlelight than sit through another society ball. 🔁 #notes",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000392",
      "in_reply_to_screen_name" : "grace_hopsalot",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010087"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ee5s8hsyrv",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "43",
      "id_str" : "71000000010087",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010087",
      "created_at" : "Mon Mar 05 10:05:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Kept the lamp on until two in the morning working through the cycle of operations. Worth it. https://t.co/ee5s8hsyrv",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010086"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "3",
      "id_str" : "71000000010086",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010086",
      "created_at" : "Mon Mar 05 13:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference between a mill and a calculator is the difference between a poem and a opinions about corsets.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010085"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/bdn9wqybdt",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "7",
      "id_str" : "71000000010085",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010085",
      "created_at" : "Mon Mar 05 08:19:00 +0000 2025",
      "favorited" : false,
      "full_text" : "I would rather debug a engine by candlelight than sit through another society ball. https://t.co/bdn9wqybdt",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010084"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/m824u7k8rm",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "6",
      "id_str" : "71000000010084",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010084",
      "created_at" : "Mon Mar 05 01:32:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that a recurrence is beautiful and you are allowed to compute it slowly. https://t.co/m824u7k8rm",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010083"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "10",
      "id_str" : "71000000010083",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010083",
      "created_at" : "Mon Mar 05 15:11:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mary_somerset_dev: The difference between a engine and a calculator is the difference between a poem and a committees.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010082"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "19",
      "id_str" : "71000000010082",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010082",
      "created_at" : "Mon Mar 05 17:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@charles_diffengine The store does not originate anything; it does whatever we know how to order it to compute.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000398",
      "in_reply_to_screen_name" : "charles_diffengine",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010081"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "16",
      "id_str" : "71000000010081",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010081",
      "created_at" : "Mon Mar 05 02:48:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Hot take: mathematics needs more imagination &amp; fewer committees.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010080"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/5vkdmz7v8v",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "46",
      "id_str" : "71000000010080",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010080",
      "created_at" : "Mon Mar 05 06:35:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Hot take: analysis needs more imagination and fewer opinions about corsets. #engines https://t.co/5vkdmz7v8v",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010079"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "7",
      "id_str" : "71000000010079",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010079",
      "created_at" : "Mon Mar 05 14:26:00 +0000 2025",
      "favorited" : false,
      "full_text" : "I would rather debug a Analytical Engine by candlelight than sit through another society ball.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010078"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "40",
      "id_str" : "71000000010078",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010078",
      "created_at" : "Mon Mar 05 18:31:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@charles_diffengine Hot take: notation needs more imagination and fewer unfinished gears.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000402",
      "in_reply_to_screen_name" : "charles_diffengine",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010077"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/dyh873uzux",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "41",
      "id_str" : "71000000010077",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010077",
      "created_at" : "Mon Mar 05 11:18:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's note G: a table of forty steps to compute Bernoulli numbers. Tea required. https://t.co/dyh873uzux",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010076"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "44",
      "id_str" : "71000000010076",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010076",
      "created_at" : "Mon Mar 05 07:59:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Every notation problem is a weaving problem if you squint at the engine long enough. 🌙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010075"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "41",
      "id_str" : "71000000010075",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010075",
      "created_at" : "Mon Mar 05 07:12:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Mathematics is the language in which the Analytical Engine writes its letter to Charles. #notes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010074"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "36",
      "id_str" : "71000000010074",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010074",
      "created_at" : "Mon Mar 05 15:03:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the engine could compose music, would it prefer a hymn or a sonata? 📜 #maths",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010073"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "36",
      "id_str" : "71000000010073",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010073",
      "created_at" : "Mon Mar 05 19:54:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that prime tables is beautiful and you are allowed to perform it slowly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010072"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "15",
      "id_str" : "71000000010072",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010072",
      "created_at" : "Mon Mar 05 16:23:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Thinking about how analysis and music are both patterns in time. The engine agrees.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010071"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/vxunnp4gv3",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000010071",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010071",
      "created_at" : "Mon Mar 04 19:55:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Spent the weekend translating notes on the engine. My footnotes are now longer than the paper. https://t.co/vxunnp4gv3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010070"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "16",
      "id_str" : "71000000010070",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010070",
      "created_at" : "Mon Mar 04 22:14:00 +0000 2025",
      "favorited" : false,
      "full_text" : "I would rather debug a mill by candlelight than sit through another committee meeting.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010069"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "3",
      "id_str" : "71000000010069",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010069",
      "created_at" : "Mon Mar 04 01:58:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the mill could compose music, would it prefer a fugue or a waltz? 🌙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010068"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "45",
      "id_str" : "71000000010068",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010068",
      "created_at" : "Mon Mar 04 01:55:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's note G: a table of forty steps to compute the cycle of operations. Tea required.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010067"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "31",
      "id_str" : "71000000010067",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010067",
      "created_at" : "Mon Mar 04 05:43:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The loom does not originate anything; it does whatever we know how to order it to compute.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010066"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/mucwsgasbx",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "32",
      "id_str" : "71000000010066",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010066",
      "created_at" : "Mon Mar 04 07:24:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the engine could compose music, would it prefer a waltz or a sonata? https://t.co/mucwsgasbx",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010065"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000010065",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010065",
      "created_at" : "Mon Mar 04 16:29:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @grace_hopsalot: Someone asked what my loom is for. Everything, eventually.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010064"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "37",
      "id_str" : "71000000010064",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010064",
      "created_at" : "Mon Mar 04 11:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @charles_diffengine: Told the the committee that a ship in port is safe, but that's not what ships are built for.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010063"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "42",
      "id_str" : "71000000010063",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010063",
      "created_at" : "Mon Mar 04 21:28:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Kept the lamp on until the candle gave out working through Bernoulli numbers. Worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010062"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "23",
      "id_str" : "71000000010062",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010062",
      "created_at" : "Mon Mar 04 12:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Thinking about how mathematics and music are both patterns in time. The difference engine agrees.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010061"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "31",
      "id_str" : "71000000010061",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010061",
      "created_at" : "Mon Mar 04 18:35:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @grace_hopsalot: It's easier to ask forgiveness than it is to get the committee's blessing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010060"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "23",
      "id_str" : "71000000010060",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010060",
      "created_at" : "Mon Mar 04 04:01:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The punched cards for the cycle of operations are done. Onwards. 🫖",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010059"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000010059",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010059",
      "created_at" : "Mon Mar 04 05:41:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the difference engine could compose music, would it prefer a hymn or a hymn? 🌙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010058"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "41",
      "id_str" : "71000000010058",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010058",
      "created_at" : "Mon Mar 04 15:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning plan: tea, a recurrence, iterate the memoir, more tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010057"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "18",
      "id_str" : "71000000010057",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010057",
      "created_at" : "Mon Mar 04 04:47:00 +0000 2025",
      "favorited" : false,
      "full_text" : "I would rather debug a loom by candlelight than sit through another committee meeting. ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010056"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "16",
      "id_str" : "71000000010056",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010056",
      "created_at" : "Mon Mar 04 02:17:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference between a Analytical Engine and a calculator is the difference between a poem and a opinions about corsets. 🫖",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010055"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/rhk3kg7ecf",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000010055",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010055",
      "created_at" : "Mon Mar 04 10:43:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A loop is a promise you make to the mill: I will annotate this again, and again. https://t.co/rhk3kg7ecf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010054"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/4t7s46954k",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "21",
      "id_str" : "71000000010054",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010054",
      "created_at" : "Mon Mar 04 19:19:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Poetical science is just symbolic logic with better metaphors. https://t.co/4t7s46954k",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010053"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "8",
      "id_str" : "71000000010053",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010053",
      "created_at" : "Mon Mar 03 01:07:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The Analytical Engine does not originate anything; it does whatever we know how to order it to unroll. 📜",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010052"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "4",
      "id_str" : "71000000010052",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010052",
      "created_at" : "Mon Mar 03 05:38:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Every symbolic logic problem is a weaving problem if you squint at the difference engine long enough. 📜",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010051"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "24",
      "id_str" : "71000000010051",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010051",
      "created_at" : "Mon Mar 03 12:17:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Victory! The table of operations finally reads the way I hear it in my head. 🫖",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010050"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "16",
      "id_str" : "71000000010050",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010050",
      "created_at" : "Mon Mar 03 06:27:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Every analysis problem is a weaving problem if you squint at the mill long enough.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010049"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "12",
      "id_str" : "71000000010049",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010049",
      "created_at" : "Mon Mar 03 15:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the mill could compose music, would it prefer a fugue or a fugue?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010048"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "15",
      "id_str" : "71000000010048",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010048",
      "created_at" : "Mon Mar 03 14:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mary_somerset_dev: Brewing a new batch of lager this weekend. The recipe is basically a a brand new language program.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010047"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "47",
      "id_str" : "71000000010047",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010047",
      "created_at" : "Mon Mar 03 09:15:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning plan: tea, prime tables, unroll the notes, more tea. #engines",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010046"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/5n5rut23m6",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "30",
      "id_str" : "71000000010046",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010046",
      "created_at" : "Mon Mar 03 23:09:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Quietly proud. The translation finally reads the way I hear it in my head. https://t.co/5n5rut23m6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010045"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "0",
      "id_str" : "71000000010045",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010045",
      "created_at" : "Mon Mar 03 11:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@mary_somerset_dev Quietly proud. The memoir finally reads the way I hear it in my head.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000435",
      "in_reply_to_screen_name" : "mary_somerset_dev",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010044"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "24",
      "id_str" : "71000000010044",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010044",
      "created_at" : "Mon Mar 03 02:54:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@mary_somerset_dev Hot take: analysis needs more imagination and fewer unfinished gears. 📜",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000436",
      "in_reply_to_screen_name" : "mary_somerset_dev",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010043"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "33",
      "id_str" : "71000000010043",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010043",
      "created_at" : "Mon Mar 03 06:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@charles_diffengine Spent the weekend translating notes on the loom. My footnotes are now longer than the paper.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000437",
      "in_reply_to_screen_name" : "charles_diffengine",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010042"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "11",
      "id_str" : "71000000010042",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010042",
      "created_at" : "Mon Mar 03 05:13:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@mary_somerset_dev Reminder that a series expansion is beautiful and you are allowed to perform it slowly.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000438",
      "in_reply_to_screen_name" : "mary_somerset_dev",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010041"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "21",
      "id_str" : "71000000010041",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010041",
      "created_at" : "Mon Mar 03 09:29:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The punched cards for a recurrence are done. Victory!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010040"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "23",
      "id_str" : "71000000010040",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010040",
      "created_at" : "Mon Mar 03 13:44:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Every notation problem is a weaving problem if you squint at the store long enough. 🫖",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010039"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "44",
      "id_str" : "71000000010039",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010039",
      "created_at" : "Mon Mar 03 04:48:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@grace_hopsalot Mathematics is the language in which the store writes its notes.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000441",
      "in_reply_to_screen_name" : "grace_hopsalot",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010038"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000010038",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010038",
      "created_at" : "Mon Mar 03 13:37:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@grace_hopsalot Hot take: mathematics needs more imagination and fewer committees. 🫖",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000442",
      "in_reply_to_screen_name" : "grace_hopsalot",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010037"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "7",
      "id_str" : "71000000010037",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010037",
      "created_at" : "Mon Mar 03 14:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@grace_hopsalot Poetical science is just notation with better metaphors. #notes",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000443",
      "in_reply_to_screen_name" : "grace_hopsalot",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010036"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "20",
      "id_str" : "71000000010036",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010036",
      "created_at" : "Mon Mar 03 00:33:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Poetical science is just computation with better metaphors. #notes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010035"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "49",
      "id_str" : "71000000010035",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010035",
      "created_at" : "Mon Mar 02 14:25:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning plan: tea, a series expansion, revise the memoir, more tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010034"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "9",
      "id_str" : "71000000010034",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010034",
      "created_at" : "Mon Mar 02 21:52:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference between a engine and a calculator is the difference between a poem and a opinions about corsets. 🔁",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010033"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "15",
      "id_str" : "71000000010033",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010033",
      "created_at" : "Mon Mar 02 06:26:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @grace_hopsalot: It's easier to ask forgiveness than it is to get the committee's blessing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010032"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/3petu5n4ha",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "37",
      "id_str" : "71000000010032",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010032",
      "created_at" : "Mon Mar 02 14:44:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Hot take: analysis needs more imagination and fewer committees. https://t.co/3petu5n4ha",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010031"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "38",
      "id_str" : "71000000010031",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010031",
      "created_at" : "Mon Mar 02 15:26:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Kept the lamp on until midnight working through a series expansion. Worth it. #poeticalscience",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010030"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "27",
      "id_str" : "71000000010030",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010030",
      "created_at" : "Mon Mar 02 06:03:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@charles_diffengine Spent the morning translating notes on the mill. My footnotes are now longer than the paper.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000450",
      "in_reply_to_screen_name" : "charles_diffengine",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010029"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "43",
      "id_str" : "71000000010029",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010029",
      "created_at" : "Mon Mar 02 20:48:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that a series expansion is beautiful and you are allowed to revise it slowly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010028"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "8",
      "id_str" : "71000000010028",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010028",
      "created_at" : "Mon Mar 02 23:36:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Every notation problem is a weaving problem if you squint at the loom long enough.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010027"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "30",
      "id_str" : "71000000010027",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010027",
      "created_at" : "Mon Mar 02 03:19:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A loop is a promise you make to the Analytical Engine: I will unroll this again, and again. 🔁 #notes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010026"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "1",
      "id_str" : "71000000010026",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010026",
      "created_at" : "Mon Mar 02 00:55:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@grace_hopsalot Poetical science is just algebra with better metaphors.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000454",
      "in_reply_to_screen_name" : "grace_hopsalot",
      "in_reply_to_user_id_str" : "8000000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010025"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "24",
      "id_str" : "71000000010025",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010025",
      "created_at" : "Mon Mar 02 04:21:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@mary_somerset_dev Mathematics is the language in which the store writes its letter to Charles.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000455",
      "in_reply_to_screen_name" : "mary_somerset_dev",
      "in_reply_to_user_id_str" : "8000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010024"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "11",
      "id_str" : "71000000010024",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010024",
      "created_at" : "Mon Mar 02 06:39:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Spent the evening translating notes on the engine. My footnotes are now longer than the paper. 🌙 #maths",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010023"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "19",
      "id_str" : "71000000010023",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010023",
      "created_at" : "Mon Mar 02 10:52:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mary_somerset_dev: Hot take: symbolic logic needs more imagination &amp; fewer arguments about funding.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010022"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "25",
      "id_str" : "71000000010022",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "71000000010022",
      "created_at" : "Mon Mar 02 13:21:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Every analysis problem is a weaving problem if you squint at the Analytical Engine long enough.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010021"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "47",
      "id_str" : "71000000010021",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "71000000010021",
      "created_at" : "Mon Mar 02 21:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Thinking about how computation and music are both patterns in time. The store agrees. 🔁",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010020"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "25",
      "id_str" : "71000000010020",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010020",
      "created_at" : "Mon Mar 02 07:48:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the engine could compose music, would it prefer a waltz or a waltz?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010019"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "11",
      "id_str" : "71000000010019",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010019",
      "created_at" : "Mon Mar 02 12:18:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's note G: a table of seven steps to compute prime tables. Tea required.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010018"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "13",
      "id_str" : "71000000010018",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010018",
      "created_at" : "Mon Mar 02 20:03:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference engine does not originate anything; it does whatever we know how to order it to iterate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010017"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "22",
      "id_str" : "71000000010017",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010017",
      "created_at" : "Mon Mar 01 10:54:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Someone asked what my store is for. Everything, eventually. ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010016"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "31",
      "id_str" : "71000000010016",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "71000000010016",
      "created_at" : "Mon Mar 01 18:35:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@charles_diffengine New draft of my table of operations is up. It has twelve diagrams and one very tired author. 🔁",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9000464",
      "in_reply_to_screen_name" : "charles_diffengine",
      "in_reply_to_user_id_str" : "8000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010015"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "31",
      "id_str" : "71000000010015",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010015",
      "created_at" : "Mon Mar 01 19:24:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the Analytical Engine could compose music, would it prefer a waltz or a sonata?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010014"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/nt2c7y547q",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "6",
      "id_str" : "71000000010014",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010014",
      "created_at" : "Mon Mar 01 13:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Small joy: a proof about computation that fits on one card. https://t.co/nt2c7y547q",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010013"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "14",
      "id_str" : "71000000010013",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010013",
      "created_at" : "Mon Mar 01 01:33:00 +0000 2025",
      "favorited" : false,
      "full_text" : "A loop is a promise you make to the loom: I will unroll this again, and again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010012"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/u6t2bhrxq4",
            "expanded_url" : "https://example.org/engine/plans",
            "display_url" : "example.org/engine/plans"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "6",
      "id_str" : "71000000010012",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010012",
      "created_at" : "Mon Mar 01 09:35:00 +0000 2025",
      "favorited" : false,
      "full_text" : "If the difference engine could compose music, would it prefer a hymn or a waltz? https://t.co/u6t2bhrxq4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010011"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/quwaa86sxq",
            "expanded_url" : "https://example.org/notes/g",
            "display_url" : "example.org/notes/g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "49",
      "id_str" : "71000000010011",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "71000000010011",
      "created_at" : "Mon Mar 01 02:10:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The punched cards for a recurrence are done. Onwards. https://t.co/quwaa86sxq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010010"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "22",
      "id_str" : "71000000010010",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010010",
      "created_at" : "Mon Mar 01 05:22:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Hot take: symbolic logic needs more imagination and fewer unfinished gears.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010009"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "33",
      "id_str" : "71000000010009",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010009",
      "created_at" : "Mon Mar 01 15:45:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Poetical science is just analysis with better metaphors. #engines",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010008"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "2",
      "id_str" : "71000000010008",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71000000010008",
      "created_at" : "Mon Mar 01 12:46:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder that Bernoulli numbers is beautiful &amp; you are allowed to annotate it slowly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010007"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "5",
      "id_str" : "71000000010007",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010007",
      "created_at" : "Mon Mar 01 22:43:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Poetical science is just mathematics with better metaphors. 🌙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010006"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "26",
      "id_str" : "71000000010006",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "71000000010006",
      "created_at" : "Mon Mar 01 07:22:00 +0000 2025",
      "favorited" : false,
      "full_text" : "What a day. The memoir finally reads the way I hear it in my head.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010005"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "45",
      "id_str" : "71000000010005",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "71000000010005",
      "created_at" : "Mon Mar 01 00:14:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The punched cards for a series expansion are done. Onwards. 🫖",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010004"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "49",
      "id_str" : "71000000010004",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010004",
      "created_at" : "Mon Mar 01 04:54:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @grace_hopsalot: I would rather debug a difference engine by candlelight than sit through another dinner party. #maths",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010003"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "48",
      "id_str" : "71000000010003",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "71000000010003",
      "created_at" : "Mon Mar 01 05:38:00 +0000 2025",
      "favorited" : false,
      "full_text" : "New draft of my notes is up. It has a hundred diagrams and one very tired author.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010002"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "40",
      "id_str" : "71000000010002",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "71000000010002",
      "created_at" : "Mon Mar 01 20:38:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The difference between a Analytical Engine and a calculator is the difference between a poem and a opinions about corsets.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "71000000010001"
          ],
          "editsRemaining" : "5"
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://hubtools.invalid\" rel=\"nofollow\">hubtools demo</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "24",
      "id_str" : "71000000010001",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71000000010001",
      "created_at" : "Mon Mar 01 20:21:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mary_somerset_dev: COBOL is not dead; it just pays the bills.",
      "lang" : "en"
    }
  }
]
